import { version } from '../../package.json';

/** The app's version (package.json), shown in the About dialog and by `ropa --version`, and recorded in the register file. */
export const APP_VERSION: string = version;
