/**
 * Closed vocabularies of the register. Stored as text in SQLite (never magic numbers),
 * validated by zod at every boundary, labelled in the UI through i18n keys of the same name.
 * Legal meaning of each value lives in the knowledge base (resources/legal), not here.
 */

export const activityStatuses = ['planned', 'active', 'ended'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** GDPR Art 6(1) litra. */
export const art6Bases = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type Art6Basis = (typeof art6Bases)[number];

/** GDPR Art 9(2) litra. */
export const art9Conditions = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Art9Condition = (typeof art9Conditions)[number];

/** Art 10 / databeskyttelsesloven § 8 grounds for a private controller, and public-authority grounds. */
export const art10Grounds = ['dbl8_1', 'dbl8_2', 'dbl8_3_consent', 'dbl8_3_interest', 'dbl12_2', 'official_authority'] as const;
export type Art10Ground = (typeof art10Grounds)[number];

/** databeskyttelsesloven § 11, stk. 2 grounds for CPR numbers (private controllers), plus stk. 1 for authorities. */
export const cprGrounds = ['dbl11_1', 'dbl11_2_1', 'dbl11_2_2', 'dbl11_2_3', 'dbl11_2_4'] as const;
export type CprGround = (typeof cprGrounds)[number];

export const dataSensitivities = ['ordinary', 'special', 'criminal', 'cpr'] as const;
export type DataSensitivity = (typeof dataSensitivities)[number];

/** Art 9(1) special categories. */
export const specialKinds = [
  'racial_ethnic',
  'political',
  'religious',
  'trade_union',
  'genetic',
  'biometric',
  'health',
  'sex_life',
] as const;
export type SpecialKind = (typeof specialKinds)[number];

/** What retention rules (legal-knowledge §A5) a data category falls under. */
export const retentionClasses = [
  'accounting',
  'applicant',
  'cctv',
  'customer',
  'course_participant',
  'employee',
  'marketing',
  'website_usage',
  'other',
] as const;
export type RetentionClass = (typeof retentionClasses)[number];

export const subjectKinds = [
  'customer',
  'course_participant',
  'prospect',
  'newsletter_subscriber',
  'website_visitor',
  'employee',
  'applicant',
  'child',
  'supplier_contact',
  'other',
] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** A recipient's role towards the organisation. */
export const recipientRoles = [
  'processor',
  'sub_processor',
  'joint_controller',
  'independent_controller',
  'public_authority',
  'internal',
] as const;
export type RecipientRole = (typeof recipientRoles)[number];

/** Sector of a recipient, used for partial-scope adequacy decisions (TR-ADQ-SCOPE). */
export const recipientSectors = [
  'commercial',
  'public_sector',
  'non_profit',
  'religious',
  'political_party',
  'credit_information_fsc',
  'danish_realm_authority',
  'international_organisation',
  'other',
] as const;
export type RecipientSector = (typeof recipientSectors)[number];

/** Tools a recipient provides that carry their own rules (TOOL-*, REV-EVENT tags). */
export const toolTags = ['tool_ga', 'tool_pixel'] as const;
export type ToolTag = (typeof toolTags)[number];

/** The closed catalogue of Chapter V transfer mechanisms (legal-knowledge §A1, §B1). */
export const transferMechanisms = [
  'not_a_transfer',
  'none',
  'adequacy',
  'eu_us_dpf',
  'scc_2021',
  'scc_2001_497',
  'scc_2002_16',
  'scc_2004_915',
  'scc_2010_87',
  'bcr',
  'art49_1a',
  'art49_1b',
  'art49_1c',
  'art49_1d',
  'art49_1e',
  'art49_1f',
  'art49_1g',
  'art49_2nd',
  'privacy_shield',
  'safe_harbor',
  'swiss_us_dpf',
  'uk_us_data_bridge',
  'uk_idta',
  'uk_addendum',
] as const;
export type TransferMechanism = (typeof transferMechanisms)[number];

export const oldSccMechanisms = ['scc_2001_497', 'scc_2002_16', 'scc_2004_915', 'scc_2010_87'] as const;

export const sccModules = [1, 2, 3, 4] as const;
export type SccModule = (typeof sccModules)[number];

export const partyRoles = ['controller', 'processor'] as const;
export type PartyRole = (typeof partyRoles)[number];

export const transferFrequencies = ['occasional', 'regular', 'continuous'] as const;
export type TransferFrequency = (typeof transferFrequencies)[number];

export const dpiaStatuses = ['not_assessed', 'not_required', 'required', 'in_progress', 'completed'] as const;
export type DpiaStatus = (typeof dpiaStatuses)[number];

export const securityMeasureKinds = ['technical', 'organisational'] as const;
export type SecurityMeasureKind = (typeof securityMeasureKinds)[number];

export const controllerTypes = ['private', 'public_authority'] as const;
export type ControllerType = (typeof controllerTypes)[number];

/** Art 28(3) items a DPA must cover (legal-knowledge §B12). */
export const art28Items = [
  'subject_matter',
  'duration',
  'nature_purpose',
  'data_types',
  'subject_categories',
  'controller_rights',
  'a_instructions',
  'b_confidentiality',
  'c_security',
  'd_subprocessors',
  'e_data_subject_rights',
  'f_assist_32_36',
  'g_delete_return',
  'h_audits',
] as const;
export type Art28Item = (typeof art28Items)[number];

export const auditActions = ['create', 'update', 'delete', 'archive', 'restore', 'import', 'acknowledge'] as const;
export type AuditAction = (typeof auditActions)[number];

/** A signed knowledge-base update stored in the register: in use, replaced by a later one, or rolled back. */
export const kbUpdateStates = ['active', 'superseded', 'rolled_back'] as const;
export type KbUpdateState = (typeof kbUpdateStates)[number];

export const dpfStatuses = ['active', 'inactive'] as const;
export const dpfFrameworks = ['EU-US', 'UK-Ext', 'Swiss-US'] as const;
export const dpfDataTypes = ['non-HR', 'HR'] as const;

export const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'INFO'] as const;
export type Severity = (typeof severities)[number];

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
