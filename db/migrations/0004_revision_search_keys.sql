CREATE TABLE `search_keys` (
	`key` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_keys_kind_id` ON `search_keys` (`kind`,`id`);--> statement-breakpoint
ALTER TABLE `register_info` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `activities_live_name_idx` ON `activities` (`archived_at`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `activities_live_reference_idx` ON `activities` (`archived_at`,`reference`,`id`);--> statement-breakpoint
CREATE INDEX `activities_live_status_idx` ON `activities` (`archived_at`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `activities_live_updated_idx` ON `activities` (`archived_at`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `activities_live_reviewed_idx` ON `activities` (`archived_at`,`last_reviewed_on`,`id`);