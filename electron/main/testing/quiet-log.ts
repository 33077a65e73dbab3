import { mainLog } from '../log';

/** The shell logs blocked navigations and failures to the console; tests assert on behaviour instead. */
export function quietMainLog(): void {
  mainLog.transports.console.level = false;
}
