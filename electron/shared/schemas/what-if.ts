import { z } from 'zod';
import { severities, transferMechanisms } from '../vocab';
import {
  acknowledgedFindingSchema,
  assumedEventSchema,
  knowledgeBaseRefSchema,
  localizedTextSchema,
  severityCountsSchema,
} from './findings';
import { isoDate } from './primitives';

/** One what-if assumption as the renderer and the CLI send it: a hypothetical event, its country or mechanism, and its date. */
export const assumptionInputSchema = z.object({
  id: z.string().trim().min(1, 'Choose a scenario').max(100),
  parameter: z.string().trim().max(50).nullable().optional(),
  date: isoDate,
});
export type AssumptionInput = z.infer<typeof assumptionInputSchema>;

export const whatIfInputSchema = z.object({
  assume: z.array(assumptionInputSchema).min(1, 'Choose a scenario').max(5),
  /** The date to evaluate the scenario on; default: the later of today and the assumed date. */
  asOf: isoDate.optional(),
});

/** Counts of one evaluation, beside the others. */
const evaluationSummarySchema = z.object({ asOf: isoDate, counts: severityCountsSchema, openCounts: severityCountsSchema });

/** Whether another tool is ready to take over a transfer the scenario takes the basis from. */
export const fallbackSchema = z.object({
  status: z.enum(['ready', 'incomplete', 'none']),
  /** The fallback row (another transfer row for the same activity and recipient), when one is recorded. */
  transferId: z.string().nullable(),
  mechanism: z.enum(transferMechanisms).nullable(),
  /** The 2021 SCC module the parties' roles call for. */
  expectedModule: z.number().int().nullable(),
  /** One sentence per thing that is missing, or the one that says it is ready. */
  notes: z.array(localizedTextSchema),
});

export const transferContingencySchema = z.object({
  transferId: z.string(),
  name: z.string(),
  activityId: z.string().nullable(),
  country: z.string().nullable(),
  mechanism: z.enum(transferMechanisms).nullable(),
  mechanismLabel: localizedTextSchema,
  /** Why the scenario takes its basis: the most severe finding it adds to this transfer. */
  reason: z.object({ ruleId: z.string(), severity: z.enum(severities), message: localizedTextSchema }),
  fallback: fallbackSchema,
});
export type TransferContingency = z.infer<typeof transferContingencySchema>;

/**
 * A what-if evaluation: the register today, on the scenario date without the assumed events,
 * and on it with them — the findings the assumption adds and removes, and per affected transfer
 * whether a fallback is ready.
 */
export const whatIfReportSchema = z.object({
  kb: knowledgeBaseRefSchema,
  assumptions: z.array(assumedEventSchema),
  today: evaluationSummarySchema,
  withoutEvent: evaluationSummarySchema,
  withEvent: evaluationSummarySchema,
  appearing: z.array(acknowledgedFindingSchema),
  disappearing: z.array(acknowledgedFindingSchema),
  transfers: z.array(transferContingencySchema),
});
export type WhatIfReport = z.infer<typeof whatIfReportSchema>;
