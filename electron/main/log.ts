import path from 'node:path';
import log from 'electron-log/node';

/**
 * The main process's log: electron-log's Node logger, which writes a file and the console only.
 * Not `electron-log/main`: importing that registers an IPC channel (`__ELECTRON_LOG__`) with no
 * sender check, and its initialize() injects a second preload into every session.
 * No file is written until configureMainLog() names the folder (so tests write none).
 */
export const mainLog = log;
log.transports.file.level = false;

/** Logs to <logs folder>/main.log (Electron's app.getPath('logs')). */
export function configureMainLog(logsDir: string): void {
  log.transports.file.resolvePathFn = () => path.join(logsDir, 'main.log');
  log.transports.file.level = 'info';
}
