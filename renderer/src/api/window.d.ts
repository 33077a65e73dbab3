import type { RopaApi } from '../../../electron/shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload in Electron, or by the harness shim in a browser. One method per channel. */
    api: RopaApi;
  }
}
