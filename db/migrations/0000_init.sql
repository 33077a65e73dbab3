CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text,
	`name` text NOT NULL,
	`description` text,
	`business_function` text,
	`owner` text,
	`status` text DEFAULT 'active' NOT NULL,
	`data_sources` text,
	`security_description` text,
	`retention_summary` text,
	`dpia_status` text DEFAULT 'not_assessed' NOT NULL,
	`dpia_reference` text,
	`automated_decision_making` integer DEFAULT false NOT NULL,
	`data_location` text,
	`art30_5_exempt` integer DEFAULT false NOT NULL,
	`occasional` integer DEFAULT false NOT NULL,
	`likely_risk` integer DEFAULT false NOT NULL,
	`joint_controller_arrangement` text,
	`processing_jurisdiction` text,
	`processing_changed_on` text,
	`last_reviewed_on` text,
	`next_review_on` text,
	`legal_basis_text` text,
	`notes` text,
	`privacy_notice_text` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activities_status_idx` ON `activities` (`status`);--> statement-breakpoint
CREATE INDEX `activities_name_idx` ON `activities` (`name`);--> statement-breakpoint
CREATE TABLE `activity_data_categories` (
	`activity_id` text NOT NULL,
	`data_category_id` text NOT NULL,
	`retention_months` integer,
	`retention_text` text,
	PRIMARY KEY(`activity_id`, `data_category_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`data_category_id`) REFERENCES `data_categories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `activity_data_subjects` (
	`activity_id` text NOT NULL,
	`subject_category_id` text NOT NULL,
	PRIMARY KEY(`activity_id`, `subject_category_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subject_category_id`) REFERENCES `data_subject_categories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `activity_recipients` (
	`activity_id` text NOT NULL,
	`recipient_id` text NOT NULL,
	`role` text NOT NULL,
	`purpose` text,
	PRIMARY KEY(`activity_id`, `recipient_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `activity_recipients_recipient_idx` ON `activity_recipients` (`recipient_id`);--> statement-breakpoint
CREATE TABLE `activity_security_measures` (
	`activity_id` text NOT NULL,
	`security_measure_id` text NOT NULL,
	PRIMARY KEY(`activity_id`, `security_measure_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`security_measure_id`) REFERENCES `security_measures`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `activity_systems` (
	`activity_id` text NOT NULL,
	`system_id` text NOT NULL,
	PRIMARY KEY(`activity_id`, `system_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`system_id`) REFERENCES `systems`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `data_links` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text NOT NULL,
	`data_category_id` text NOT NULL,
	`subject_category_id` text NOT NULL,
	`recipient_id` text,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`data_category_id`) REFERENCES `data_categories`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`subject_category_id`) REFERENCES `data_subject_categories`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `data_links_activity_idx` ON `data_links` (`activity_id`);--> statement-breakpoint
CREATE TABLE `purposes` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`description` text NOT NULL,
	`art6_basis` text,
	`art9_condition` text,
	`art10_ground` text,
	`cpr_ground` text,
	`national_provision` text,
	`legitimate_interest` text,
	`legitimate_interest_assessment_ref` text,
	`consent_record_ref` text,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `purposes_activity_idx` ON `purposes` (`activity_id`);--> statement-breakpoint
CREATE TABLE `data_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`sensitivity` text DEFAULT 'ordinary' NOT NULL,
	`special_kind` text,
	`retention_class` text DEFAULT 'other' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `data_subject_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`kind` text DEFAULT 'other' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `security_measures` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`kind` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `systems` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`location` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dpf_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`snapshot_id` text NOT NULL,
	`org_name` text NOT NULL,
	`covered_entities` text DEFAULT '[]' NOT NULL,
	`status` text NOT NULL,
	`frameworks` text DEFAULT '[]' NOT NULL,
	`data_types` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `dpf_snapshots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dpf_entries_snapshot_idx` ON `dpf_entries` (`snapshot_id`);--> statement-breakpoint
CREATE TABLE `dpf_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`snapshot_date` text NOT NULL,
	`source_name` text,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `finding_acknowledgements` (
	`id` text PRIMARY KEY NOT NULL,
	`rule_id` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`justification` text NOT NULL,
	`acknowledged_by` text,
	`acknowledged_on` text NOT NULL,
	`until` text NOT NULL,
	`entity_fingerprint` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `acks_entity_idx` ON `finding_acknowledgements` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `dpas` (
	`id` text PRIMARY KEY NOT NULL,
	`recipient_id` text NOT NULL,
	`title` text NOT NULL,
	`signed_on` text,
	`effective_on` text,
	`end_on` text,
	`renewal_on` text,
	`notice_period_days` integer,
	`amended_on` text,
	`art28_covered` text DEFAULT '[]' NOT NULL,
	`text` text,
	`document_name` text,
	`document_mime` text,
	`document` blob,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `organisation` (
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
	`dpo_appointed` integer DEFAULT false NOT NULL,
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
CREATE TABLE `processor_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`controller_name` text NOT NULL,
	`controller_contact` text,
	`controller_representative` text,
	`controller_dpo` text,
	`categories_of_processing` text NOT NULL,
	`third_countries` text DEFAULT '[]' NOT NULL,
	`transfer_safeguards` text,
	`security_description` text,
	`status` text DEFAULT 'active' NOT NULL,
	`notes` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `recipients` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`legal_name` text,
	`role` text NOT NULL,
	`category` text,
	`country` text,
	`is_international_organisation` integer DEFAULT false NOT NULL,
	`sector` text DEFAULT 'commercial' NOT NULL,
	`dpf_list_name` text,
	`subject_to_gdpr_art3_2` integer DEFAULT false NOT NULL,
	`parent_id` text,
	`tools` text DEFAULT '[]' NOT NULL,
	`address` text,
	`contact_email` text,
	`website` text,
	`last_supervision_on` text,
	`supervision_method` text,
	`notes` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`content_hash` text NOT NULL,
	`content` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text,
	`recipient_id` text NOT NULL,
	`exporter_recipient_id` text,
	`country` text,
	`mechanism` text,
	`scc_module` integer,
	`exporter_role` text DEFAULT 'controller' NOT NULL,
	`importer_role` text DEFAULT 'processor' NOT NULL,
	`signed_on` text,
	`start_on` text,
	`end_on` text,
	`tia_on` text,
	`tia_next_review_on` text,
	`hr_data` integer DEFAULT false NOT NULL,
	`frequency` text,
	`processing_changed_on` text,
	`art49_assessment` text,
	`art49_sa_informed_on` text,
	`bcr_approving_authority` text,
	`bcr_approved_on` text,
	`safeguards_text` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`exporter_recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `transfers_activity_idx` ON `transfers` (`activity_id`);--> statement-breakpoint
CREATE INDEX `transfers_recipient_idx` ON `transfers` (`recipient_id`);--> statement-breakpoint
CREATE INDEX `transfers_mechanism_idx` ON `transfers` (`mechanism`);