import { countActivities } from '../../db/queries/activity-list';
import { listAudit } from '../../db/queries/audit';
import { getOrganisation, saveOrganisation } from '../../db/queries/organisation';
import { readRegister, serialiseRegister } from '../../db/queries/register-export';
import { isRegisterEmpty, parseRegisterJson, writeRegister } from '../../db/queries/register-import';
import { getSetting, setSetting } from '../../db/queries/settings';
import { buildExampleRegister } from '../../db/seed/example-register';
import { aboutRegister } from './about';
import { nowIso } from './context';
import type { HandlerTable } from './dispatch';
import { activityHandlers } from './handlers/activities';
import { catalogueHandlers } from './handlers/catalogues';
import { complianceHandlers } from './handlers/compliance';
import { recipientHandlers } from './handlers/recipients';
import { reportHandlers } from './handlers/reports';
import { searchHandlers } from './handlers/search';
import { dpaHandlers, processorActivityHandlers, transferHandlers } from './handlers/simple-entities';

/**
 * The one handler table: every channel of electron/shared/contract.ts, as plain functions of
 * (context, parsed input). Electron IPC, the CLI and the browser harness all call it through
 * dispatch(), so the register behaves the same behind every front door.
 */
export const handlers: HandlerTable = {
  organisation: {
    get: (ctx) => getOrganisation(ctx.database.db),
    save: (ctx, input) => saveOrganisation(ctx.database.db, input, nowIso(ctx)),
  },
  activities: activityHandlers,
  recipients: recipientHandlers,
  dpas: dpaHandlers,
  transfers: transferHandlers,
  processorActivities: processorActivityHandlers,
  ...catalogueHandlers,
  register: {
    status: (ctx) => {
      const db = ctx.database.db;
      return {
        file: ctx.database.file,
        empty: isRegisterEmpty(db),
        activityCount: countActivities(db),
        organisationName: getOrganisation(db)?.name ?? null,
      };
    },
    exportJson: (ctx) => ({ json: serialiseRegister(readRegister(ctx.database.db)) }),
    importJson: (ctx, input) => ({
      counts: writeRegister(ctx.database.db, parseRegisterJson(input.json), nowIso(ctx), { replace: input.replace }),
    }),
    loadExample: (ctx) => ({ counts: writeRegister(ctx.database.db, buildExampleRegister(), nowIso(ctx)) }),
    about: aboutRegister,
  },
  audit: {
    list: (ctx, input) => listAudit(ctx.database.db, input),
  },
  compliance: complianceHandlers,
  search: searchHandlers,
  reports: reportHandlers,
  settings: {
    get: (ctx, input) => getSetting(ctx.database.db, input.key),
    set: (ctx, input) => setSetting(ctx.database.db, input.key, input.value, nowIso(ctx)),
  },
};
