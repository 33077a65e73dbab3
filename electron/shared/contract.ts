import { z } from 'zod';
import {
  activitySchema,
  dataCategorySchema,
  dataSubjectCategorySchema,
  dpaSchema,
  findingAcknowledgementSchema,
  organisationSchema,
  processorActivitySchema,
  recipientSchema,
  securityMeasureSchema,
  systemSchema,
  transferSchema,
} from './schemas/entities';
import { findingsReportSchema } from './schemas/findings';
import * as views from './schemas/findings-views';
import * as inp from './schemas/inputs';
import { kbStatusSchema, kbUpdateFileInput, kbUpdatePreviewSchema, kbUpdateRecordSchema } from './schemas/kb-updates';
import * as out from './schemas/outputs';
import { entityId } from './schemas/primitives';
import { csvImportInput, reportJobSchema, reportRequestSchema, xlsxImportInput } from './schemas/reports';
import { searchQueryInput, searchResultSchema } from './schemas/search';
import { whatIfInputSchema, whatIfReportSchema } from './schemas/what-if';

const none = z.undefined().or(z.object({}).strict()).optional();

function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

function catalogueArea<E extends z.ZodType>(entity: E, inputs: { create: z.ZodType; update: z.ZodType }) {
  return {
    list: channel(inp.catalogueListQuery, z.array(entity)),
    create: channel(inputs.create, entity),
    update: channel(inputs.update, entity),
    delete: channel(inp.idInput, out.deletedSchema),
  };
}

/**
 * Every channel between the renderer and the register: `<area>:<verb>` with its input and
 * output schema. main parses every input with these; the preload exposes one method per entry.
 */
export const contract = {
  organisation: {
    get: channel(none, organisationSchema.nullable()),
    save: channel(inp.organisationInput, organisationSchema),
  },
  activities: {
    list: channel(inp.activityListQuery, out.pageOf(out.activitySummarySchema)),
    get: channel(inp.idInput, out.activityDetailSchema),
    create: channel(inp.activityCreateInput, activitySchema),
    update: channel(inp.activityUpdateInput, activitySchema),
    archive: channel(inp.idInput, activitySchema),
    restore: channel(inp.idInput, activitySchema),
    delete: channel(inp.idInput, out.deletedSchema),
  },
  recipients: {
    list: channel(inp.recipientListQuery, out.pageOf(out.recipientSummarySchema)),
    get: channel(inp.idInput, out.recipientDetailSchema),
    create: channel(inp.recipientCreateInput, recipientSchema),
    update: channel(inp.recipientUpdateInput, recipientSchema),
    archive: channel(inp.idInput, recipientSchema),
    restore: channel(inp.idInput, recipientSchema),
    delete: channel(inp.idInput, out.deletedSchema),
  },
  dpas: {
    list: channel(inp.dpaListQuery, out.pageOf(out.dpaSummarySchema)),
    get: channel(inp.idInput, dpaSchema),
    create: channel(inp.dpaCreateInput, dpaSchema),
    update: channel(inp.dpaUpdateInput, dpaSchema),
    delete: channel(inp.idInput, out.deletedSchema),
  },
  transfers: {
    list: channel(inp.transferListQuery, out.pageOf(out.transferListItemSchema)),
    get: channel(inp.idInput, transferSchema),
    create: channel(inp.transferCreateInput, transferSchema),
    update: channel(inp.transferUpdateInput, transferSchema),
    delete: channel(inp.idInput, out.deletedSchema),
  },
  processorActivities: {
    list: channel(inp.catalogueListQuery, z.array(processorActivitySchema)),
    get: channel(inp.idInput, processorActivitySchema),
    create: channel(inp.processorActivityCreateInput, processorActivitySchema),
    update: channel(inp.processorActivityUpdateInput, processorActivitySchema),
    archive: channel(inp.idInput, processorActivitySchema),
    delete: channel(inp.idInput, out.deletedSchema),
  },
  dataCategories: catalogueArea(dataCategorySchema, inp.dataCategoryInputs),
  dataSubjectCategories: catalogueArea(dataSubjectCategorySchema, inp.dataSubjectCategoryInputs),
  securityMeasures: catalogueArea(securityMeasureSchema, inp.securityMeasureInputs),
  systems: catalogueArea(systemSchema, inp.systemInputs),
  register: {
    status: channel(none, out.registerStatusSchema),
    exportJson: channel(none, z.object({ json: z.string() })),
    importJson: channel(inp.importJsonInput, out.importResultSchema),
    loadExample: channel(none, out.importResultSchema),
    about: channel(none, out.aboutSchema),
  },
  audit: {
    list: channel(inp.auditListQuery, z.array(out.auditEntrySchema)),
  },
  compliance: {
    /** Every finding at once: for the CLI and exports. Screens ask for status, summaries or a page. */
    check: channel(inp.complianceCheckInput, findingsReportSchema),
    status: channel(inp.complianceCheckInput, views.complianceStatusSchema),
    summaries: channel(views.summariesInput, views.summariesSchema),
    findings: channel(views.findingsPageInput, views.findingsPageSchema),
    acknowledge: channel(inp.acknowledgeInput, findingAcknowledgementSchema),
    unacknowledge: channel(inp.idInput, out.deletedSchema),
    acknowledgements: channel(inp.complianceCheckInput, z.array(views.acknowledgementViewSchema)),
    importDpf: channel(inp.dpfImportInput, out.dpfSnapshotSummarySchema),
    knowledgeBase: channel(none, out.knowledgeBaseInfoSchema),
    whatIf: channel(whatIfInputSchema, whatIfReportSchema),
    previewKbUpdate: channel(kbUpdateFileInput, kbUpdatePreviewSchema),
    importKbUpdate: channel(kbUpdateFileInput, kbUpdateRecordSchema),
    rollbackKb: channel(none, kbStatusSchema),
  },
  /** The register-wide search (Ctrl+K / ⌘K). */
  search: {
    query: channel(searchQueryInput, searchResultSchema),
  },
  settings: {
    get: channel(inp.settingGetInput, z.json().nullable()),
    set: channel(inp.settingSetInput, z.json()),
  },
  reports: {
    start: channel(reportRequestSchema, reportJobSchema),
    status: channel(z.object({ jobId: entityId }), reportJobSchema),
    importXlsx: channel(xlsxImportInput, out.importResultSchema),
    importCsv: channel(csvImportInput, out.importResultSchema),
  },
  /**
   * Desktop side effects, implemented by the shell that hosts the UI rather than by the handler
   * table: Electron shows a save dialog and opens files; the browser harness downloads instead.
   */
  files: {
    saveReport: channel(z.object({ jobId: entityId }), z.object({ saved: z.boolean(), path: z.string().nullable() })),
    openPath: channel(z.object({ path: z.string().min(1) }), z.object({ opened: z.boolean() })),
  },
} as const;

/** Areas answered by the shell (Electron main or the harness), not by the shared handler table. */
export const shellAreas = ['files'] as const;
export type ShellArea = (typeof shellAreas)[number];

export type Contract = typeof contract;
export type Area = keyof Contract;
export type Verb<A extends Area> = keyof Contract[A] & string;
export type ChannelName = { [A in Area]: `${A}:${Verb<A>}` }[Area];

type Spec<A extends Area, V extends Verb<A>> = Contract[A][V] extends { input: infer I; output: infer O } ? { input: I; output: O } : never;
/** What the renderer may send (before defaults are applied). */
export type InputOf<A extends Area, V extends Verb<A>> = z.input<Spec<A, V>['input'] & z.ZodType>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<A extends Area, V extends Verb<A>> = z.output<Spec<A, V>['input'] & z.ZodType>;
export type OutputOf<A extends Area, V extends Verb<A>> = z.output<Spec<A, V>['output'] & z.ZodType>;

/** The shape of `window.api`: `api.<area>.<verb>(input)` resolving to a Result envelope. */
export type RopaApi = {
  [A in Area]: {
    [V in Verb<A>]: (input: InputOf<A, V>) => Promise<import('./errors').Result<OutputOf<A, V>>>;
  };
};

export function channelName<A extends Area>(area: A, verb: Verb<A>): ChannelName {
  return `${area}:${verb}` as ChannelName;
}

/** All channels, for registration and for tests that prove each one is wired. */
export function allChannels(): { area: Area; verb: string; name: string }[] {
  return (Object.keys(contract) as Area[]).flatMap((area) =>
    Object.keys(contract[area]).map((verb) => ({ area, verb, name: `${area}:${verb}` })),
  );
}
