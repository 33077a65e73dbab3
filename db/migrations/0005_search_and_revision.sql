INSERT OR IGNORE INTO register_info (id) VALUES (1);
--> statement-breakpoint
CREATE TRIGGER revision_activities_insert AFTER INSERT ON activities BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activities_update AFTER UPDATE ON activities BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activities_delete AFTER DELETE ON activities BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_data_categories_insert AFTER INSERT ON activity_data_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_data_categories_update AFTER UPDATE ON activity_data_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_data_categories_delete AFTER DELETE ON activity_data_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_data_subjects_insert AFTER INSERT ON activity_data_subjects BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_data_subjects_update AFTER UPDATE ON activity_data_subjects BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_data_subjects_delete AFTER DELETE ON activity_data_subjects BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_recipients_insert AFTER INSERT ON activity_recipients BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_recipients_update AFTER UPDATE ON activity_recipients BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_recipients_delete AFTER DELETE ON activity_recipients BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_security_measures_insert AFTER INSERT ON activity_security_measures BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_security_measures_update AFTER UPDATE ON activity_security_measures BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_security_measures_delete AFTER DELETE ON activity_security_measures BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_systems_insert AFTER INSERT ON activity_systems BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_systems_update AFTER UPDATE ON activity_systems BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_activity_systems_delete AFTER DELETE ON activity_systems BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_categories_insert AFTER INSERT ON data_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_categories_update AFTER UPDATE ON data_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_categories_delete AFTER DELETE ON data_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_links_insert AFTER INSERT ON data_links BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_links_update AFTER UPDATE ON data_links BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_links_delete AFTER DELETE ON data_links BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_subject_categories_insert AFTER INSERT ON data_subject_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_subject_categories_update AFTER UPDATE ON data_subject_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_data_subject_categories_delete AFTER DELETE ON data_subject_categories BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpas_insert AFTER INSERT ON dpas BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpas_update AFTER UPDATE ON dpas BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpas_delete AFTER DELETE ON dpas BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpf_entries_insert AFTER INSERT ON dpf_entries BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpf_entries_update AFTER UPDATE ON dpf_entries BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpf_entries_delete AFTER DELETE ON dpf_entries BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpf_snapshots_insert AFTER INSERT ON dpf_snapshots BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpf_snapshots_update AFTER UPDATE ON dpf_snapshots BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_dpf_snapshots_delete AFTER DELETE ON dpf_snapshots BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_finding_acknowledgements_insert AFTER INSERT ON finding_acknowledgements BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_finding_acknowledgements_update AFTER UPDATE ON finding_acknowledgements BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_finding_acknowledgements_delete AFTER DELETE ON finding_acknowledgements BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_kb_updates_insert AFTER INSERT ON kb_updates BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_kb_updates_update AFTER UPDATE ON kb_updates BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_kb_updates_delete AFTER DELETE ON kb_updates BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_organisation_insert AFTER INSERT ON organisation BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_organisation_update AFTER UPDATE ON organisation BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_organisation_delete AFTER DELETE ON organisation BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_processor_activities_insert AFTER INSERT ON processor_activities BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_processor_activities_update AFTER UPDATE ON processor_activities BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_processor_activities_delete AFTER DELETE ON processor_activities BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_purposes_insert AFTER INSERT ON purposes BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_purposes_update AFTER UPDATE ON purposes BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_purposes_delete AFTER DELETE ON purposes BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_recipients_insert AFTER INSERT ON recipients BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_recipients_update AFTER UPDATE ON recipients BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_recipients_delete AFTER DELETE ON recipients BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_security_measures_insert AFTER INSERT ON security_measures BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_security_measures_update AFTER UPDATE ON security_measures BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_security_measures_delete AFTER DELETE ON security_measures BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_settings_insert AFTER INSERT ON settings BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_settings_update AFTER UPDATE ON settings BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_settings_delete AFTER DELETE ON settings BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_snapshots_insert AFTER INSERT ON snapshots BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_snapshots_update AFTER UPDATE ON snapshots BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_snapshots_delete AFTER DELETE ON snapshots BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_systems_insert AFTER INSERT ON systems BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_systems_update AFTER UPDATE ON systems BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_systems_delete AFTER DELETE ON systems BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_transfers_insert AFTER INSERT ON transfers BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_transfers_update AFTER UPDATE ON transfers BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER revision_transfers_delete AFTER DELETE ON transfers BEGIN
  UPDATE register_info SET revision = revision + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='1 2 3');
--> statement-breakpoint
CREATE TRIGGER search_activities_insert AFTER INSERT ON activities BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('activity', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.name, '') || ' ' || coalesce(new.reference, ''), coalesce(new.description, '') || ' ' || coalesce(new.business_function, '') || ' ' || coalesce(new.owner, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_activities_update AFTER UPDATE ON activities WHEN old.name IS NOT new.name OR old.reference IS NOT new.reference OR old.description IS NOT new.description OR old.business_function IS NOT new.business_function OR old.owner IS NOT new.owner BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'activity' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'activity' AND id = new.id), coalesce(new.name, '') || ' ' || coalesce(new.reference, ''), coalesce(new.description, '') || ' ' || coalesce(new.business_function, '') || ' ' || coalesce(new.owner, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_activities_delete AFTER DELETE ON activities BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'activity' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'activity' AND id = old.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'activity', id FROM activities ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.name, '') || ' ' || coalesce(x.reference, ''), coalesce(x.description, '') || ' ' || coalesce(x.business_function, '') || ' ' || coalesce(x.owner, '') FROM activities x JOIN search_keys k ON k.kind = 'activity' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_recipients_insert AFTER INSERT ON recipients BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('recipient', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.name, '') || ' ' || coalesce(new.legal_name, ''), coalesce(new.category, '') || ' ' || coalesce(new.country, '') || ' ' || coalesce(new.dpf_list_name, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_recipients_update AFTER UPDATE ON recipients WHEN old.name IS NOT new.name OR old.legal_name IS NOT new.legal_name OR old.category IS NOT new.category OR old.country IS NOT new.country OR old.dpf_list_name IS NOT new.dpf_list_name BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'recipient' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'recipient' AND id = new.id), coalesce(new.name, '') || ' ' || coalesce(new.legal_name, ''), coalesce(new.category, '') || ' ' || coalesce(new.country, '') || ' ' || coalesce(new.dpf_list_name, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_recipients_delete AFTER DELETE ON recipients BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'recipient' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'recipient' AND id = old.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'recipient', id FROM recipients ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.name, '') || ' ' || coalesce(x.legal_name, ''), coalesce(x.category, '') || ' ' || coalesce(x.country, '') || ' ' || coalesce(x.dpf_list_name, '') FROM recipients x JOIN search_keys k ON k.kind = 'recipient' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_transfers_insert AFTER INSERT ON transfers BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('transfer', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce((SELECT name FROM recipients WHERE id = new.recipient_id), '') || ' ' || coalesce((SELECT name FROM recipients WHERE id = new.exporter_recipient_id), ''), coalesce((SELECT name FROM activities WHERE id = new.activity_id), '') || ' ' || coalesce(new.country, '') || ' ' || coalesce(replace(new.mechanism, '_', ' '), '') || ' ' || coalesce(new.safeguards_text, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_transfers_update AFTER UPDATE ON transfers WHEN old.recipient_id IS NOT new.recipient_id OR old.exporter_recipient_id IS NOT new.exporter_recipient_id OR old.activity_id IS NOT new.activity_id OR old.country IS NOT new.country OR old.mechanism IS NOT new.mechanism OR old.safeguards_text IS NOT new.safeguards_text BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'transfer' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'transfer' AND id = new.id), coalesce((SELECT name FROM recipients WHERE id = new.recipient_id), '') || ' ' || coalesce((SELECT name FROM recipients WHERE id = new.exporter_recipient_id), ''), coalesce((SELECT name FROM activities WHERE id = new.activity_id), '') || ' ' || coalesce(new.country, '') || ' ' || coalesce(replace(new.mechanism, '_', ' '), '') || ' ' || coalesce(new.safeguards_text, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_transfers_delete AFTER DELETE ON transfers BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'transfer' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'transfer' AND id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER search_transfers_after_recipients AFTER UPDATE OF name ON recipients WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT k.key FROM search_keys k JOIN transfers x ON x.id = k.id WHERE k.kind = 'transfer' AND (x.recipient_id = new.id OR x.exporter_recipient_id = new.id));
  INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce((SELECT name FROM recipients WHERE id = x.recipient_id), '') || ' ' || coalesce((SELECT name FROM recipients WHERE id = x.exporter_recipient_id), ''), coalesce((SELECT name FROM activities WHERE id = x.activity_id), '') || ' ' || coalesce(x.country, '') || ' ' || coalesce(replace(x.mechanism, '_', ' '), '') || ' ' || coalesce(x.safeguards_text, '') FROM transfers x JOIN search_keys k ON k.kind = 'transfer' AND k.id = x.id WHERE x.recipient_id = new.id OR x.exporter_recipient_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER search_transfers_after_activities AFTER UPDATE OF name ON activities WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT k.key FROM search_keys k JOIN transfers x ON x.id = k.id WHERE k.kind = 'transfer' AND (x.activity_id = new.id));
  INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce((SELECT name FROM recipients WHERE id = x.recipient_id), '') || ' ' || coalesce((SELECT name FROM recipients WHERE id = x.exporter_recipient_id), ''), coalesce((SELECT name FROM activities WHERE id = x.activity_id), '') || ' ' || coalesce(x.country, '') || ' ' || coalesce(replace(x.mechanism, '_', ' '), '') || ' ' || coalesce(x.safeguards_text, '') FROM transfers x JOIN search_keys k ON k.kind = 'transfer' AND k.id = x.id WHERE x.activity_id = new.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'transfer', id FROM transfers ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce((SELECT name FROM recipients WHERE id = x.recipient_id), '') || ' ' || coalesce((SELECT name FROM recipients WHERE id = x.exporter_recipient_id), ''), coalesce((SELECT name FROM activities WHERE id = x.activity_id), '') || ' ' || coalesce(x.country, '') || ' ' || coalesce(replace(x.mechanism, '_', ' '), '') || ' ' || coalesce(x.safeguards_text, '') FROM transfers x JOIN search_keys k ON k.kind = 'transfer' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_dpas_insert AFTER INSERT ON dpas BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('dpa', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.title, ''), coalesce((SELECT name FROM recipients WHERE id = new.recipient_id), '') || ' ' || coalesce(new.document_name, '') || ' ' || coalesce(new.notes, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_dpas_update AFTER UPDATE ON dpas WHEN old.title IS NOT new.title OR old.recipient_id IS NOT new.recipient_id OR old.document_name IS NOT new.document_name OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'dpa' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'dpa' AND id = new.id), coalesce(new.title, ''), coalesce((SELECT name FROM recipients WHERE id = new.recipient_id), '') || ' ' || coalesce(new.document_name, '') || ' ' || coalesce(new.notes, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_dpas_delete AFTER DELETE ON dpas BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'dpa' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'dpa' AND id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER search_dpas_after_recipients AFTER UPDATE OF name ON recipients WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT k.key FROM search_keys k JOIN dpas x ON x.id = k.id WHERE k.kind = 'dpa' AND (x.recipient_id = new.id));
  INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.title, ''), coalesce((SELECT name FROM recipients WHERE id = x.recipient_id), '') || ' ' || coalesce(x.document_name, '') || ' ' || coalesce(x.notes, '') FROM dpas x JOIN search_keys k ON k.kind = 'dpa' AND k.id = x.id WHERE x.recipient_id = new.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'dpa', id FROM dpas ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.title, ''), coalesce((SELECT name FROM recipients WHERE id = x.recipient_id), '') || ' ' || coalesce(x.document_name, '') || ' ' || coalesce(x.notes, '') FROM dpas x JOIN search_keys k ON k.kind = 'dpa' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_data_categories_insert AFTER INSERT ON data_categories BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('dataCategory', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_data_categories_update AFTER UPDATE ON data_categories WHEN old.name IS NOT new.name OR old.description IS NOT new.description BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'dataCategory' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'dataCategory' AND id = new.id), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_data_categories_delete AFTER DELETE ON data_categories BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'dataCategory' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'dataCategory' AND id = old.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'dataCategory', id FROM data_categories ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.name, ''), coalesce(x.description, '') FROM data_categories x JOIN search_keys k ON k.kind = 'dataCategory' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_data_subject_categories_insert AFTER INSERT ON data_subject_categories BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('dataSubjectCategory', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_data_subject_categories_update AFTER UPDATE ON data_subject_categories WHEN old.name IS NOT new.name OR old.description IS NOT new.description BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'dataSubjectCategory' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'dataSubjectCategory' AND id = new.id), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_data_subject_categories_delete AFTER DELETE ON data_subject_categories BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'dataSubjectCategory' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'dataSubjectCategory' AND id = old.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'dataSubjectCategory', id FROM data_subject_categories ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.name, ''), coalesce(x.description, '') FROM data_subject_categories x JOIN search_keys k ON k.kind = 'dataSubjectCategory' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_security_measures_insert AFTER INSERT ON security_measures BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('securityMeasure', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_security_measures_update AFTER UPDATE ON security_measures WHEN old.name IS NOT new.name OR old.description IS NOT new.description BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'securityMeasure' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'securityMeasure' AND id = new.id), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_security_measures_delete AFTER DELETE ON security_measures BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'securityMeasure' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'securityMeasure' AND id = old.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'securityMeasure', id FROM security_measures ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.name, ''), coalesce(x.description, '') FROM security_measures x JOIN search_keys k ON k.kind = 'securityMeasure' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_systems_insert AFTER INSERT ON systems BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('system', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_systems_update AFTER UPDATE ON systems WHEN old.name IS NOT new.name OR old.description IS NOT new.description BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'system' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'system' AND id = new.id), coalesce(new.name, ''), coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_systems_delete AFTER DELETE ON systems BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'system' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'system' AND id = old.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'system', id FROM systems ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.name, ''), coalesce(x.description, '') FROM systems x JOIN search_keys k ON k.kind = 'system' AND k.id = x.id;
--> statement-breakpoint
CREATE TRIGGER search_processor_activities_insert AFTER INSERT ON processor_activities BEGIN
  INSERT INTO search_keys(kind, id) VALUES ('processorActivity', new.id);
  INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), coalesce(new.controller_name, ''), coalesce(new.categories_of_processing, '') || ' ' || coalesce(new.notes, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_processor_activities_update AFTER UPDATE ON processor_activities WHEN old.controller_name IS NOT new.controller_name OR old.categories_of_processing IS NOT new.categories_of_processing OR old.notes IS NOT new.notes BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'processorActivity' AND id = old.id);
  INSERT INTO search_index(rowid, title, body) VALUES ((SELECT key FROM search_keys WHERE kind = 'processorActivity' AND id = new.id), coalesce(new.controller_name, ''), coalesce(new.categories_of_processing, '') || ' ' || coalesce(new.notes, ''));
END;
--> statement-breakpoint
CREATE TRIGGER search_processor_activities_delete AFTER DELETE ON processor_activities BEGIN
  DELETE FROM search_index WHERE rowid = (SELECT key FROM search_keys WHERE kind = 'processorActivity' AND id = old.id);
  DELETE FROM search_keys WHERE kind = 'processorActivity' AND id = old.id;
END;
--> statement-breakpoint
INSERT INTO search_keys(kind, id) SELECT 'processorActivity', id FROM processor_activities ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index(rowid, title, body) SELECT k.key, coalesce(x.controller_name, ''), coalesce(x.categories_of_processing, '') || ' ' || coalesce(x.notes, '') FROM processor_activities x JOIN search_keys k ON k.kind = 'processorActivity' AND k.id = x.id;
