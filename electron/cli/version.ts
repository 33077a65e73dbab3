import { registerFormatVersion } from '../../db/migrations-journal';
import { APP_VERSION } from '../shared/app-version';
import { REGISTER_FORMAT_VERSION } from '../shared/schemas/format';

/** `ropa --version`: the app version, the register file format it writes and the exchange format. */
export function versionText(): string {
  return `ROPA Desk ${APP_VERSION} (register file format ${registerFormatVersion()}, exchange JSON format ${REGISTER_FORMAT_VERSION})`;
}
