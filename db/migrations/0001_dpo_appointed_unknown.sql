PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_organisation` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`registration_number` text,
	`address` text,
	`postcode` text,
	`city` text,
	`country` text DEFAULT 'DK' NOT NULL,
	`email` text,
	`phone` text,
	`website` text,
	`controller_type` text DEFAULT 'private' NOT NULL,
	`employee_count` integer,
	`dpo_appointed` integer,
	`dpo_name` text,
	`dpo_email` text,
	`dpo_phone` text,
	`eu_representative_name` text,
	`eu_representative_contact` text,
	`acts_as_processor` integer DEFAULT false NOT NULL,
	`processing_jurisdiction` text DEFAULT 'DK' NOT NULL,
	`privacy_notice_text` text,
	`privacy_notice_updated_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_organisation`("id", "name", "registration_number", "address", "postcode", "city", "country", "email", "phone", "website", "controller_type", "employee_count", "dpo_appointed", "dpo_name", "dpo_email", "dpo_phone", "eu_representative_name", "eu_representative_contact", "acts_as_processor", "processing_jurisdiction", "privacy_notice_text", "privacy_notice_updated_on", "created_at", "updated_at") SELECT "id", "name", "registration_number", "address", "postcode", "city", "country", "email", "phone", "website", "controller_type", "employee_count", "dpo_appointed", "dpo_name", "dpo_email", "dpo_phone", "eu_representative_name", "eu_representative_contact", "acts_as_processor", "processing_jurisdiction", "privacy_notice_text", "privacy_notice_updated_on", "created_at", "updated_at" FROM `organisation`;--> statement-breakpoint
DROP TABLE `organisation`;--> statement-breakpoint
ALTER TABLE `__new_organisation` RENAME TO `organisation`;--> statement-breakpoint
PRAGMA foreign_keys=ON;