import type { AppErrorData } from '../../shared/errors';
import type { DerivedOperation } from './host';
import type { DerivedParams } from './params';

/** What the derived-state worker is started with. */
export interface DerivedWorkerData {
  file: string;
  nativeBinding?: string;
}

export interface DerivedRequest {
  id: number;
  op: DerivedOperation | 'warm';
  params: DerivedParams;
  arg?: unknown;
}

export type DerivedReply = { id: number; ok: true; data: unknown } | { id: number; ok: false; error: AppErrorData };
