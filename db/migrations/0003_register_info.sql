CREATE TABLE `register_info` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_written_by` text,
	CONSTRAINT "register_info_single_row" CHECK("register_info"."id" = 1)
);
