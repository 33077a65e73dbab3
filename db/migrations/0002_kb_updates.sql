CREATE TABLE `kb_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`version` text NOT NULL,
	`as_of` text NOT NULL,
	`key_id` text NOT NULL,
	`file` text NOT NULL,
	`imported_at` text NOT NULL,
	`state` text NOT NULL,
	`replaces_id` text
);
--> statement-breakpoint
CREATE INDEX `kb_updates_state_idx` ON `kb_updates` (`state`);