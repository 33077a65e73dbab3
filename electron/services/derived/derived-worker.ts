/**
 * The derived-state worker: opens the register file read-only and answers findings, summaries and
 * counts for the revision the file is at, computing them once per revision. The main thread keeps
 * answering IPC (lists, saves) while a large register is evaluated here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabaseReadOnly } from '../../../db/client';
import { toErrorData } from '../dispatch';
import { knowledgeBaseInUse } from '../kb-updates/in-use';
import { shippedTrustedKeys } from '../kb-updates/trusted-keys';
import { createInlineHost } from './host';
import type { DerivedReply, DerivedRequest, DerivedWorkerData } from './protocol';

const { file, nativeBinding } = workerData as DerivedWorkerData;
const database = openDatabaseReadOnly(file, { nativeBinding });
// The knowledge base in use for this register: the shipped one or a signed update stored in it.
const host = createInlineHost(database, () => knowledgeBaseInUse(database.db, shippedTrustedKeys).kb, nativeBinding);

parentPort?.on('message', (request: DerivedRequest) => {
  let reply: DerivedReply;
  try {
    if (request.op === 'warm') {
      host.state(request.params);
      reply = { id: request.id, ok: true, data: null };
    } else {
      reply = { id: request.id, ok: true, data: host.answer(request.op, request.params, request.arg) };
    }
  } catch (e) {
    reply = { id: request.id, ok: false, error: toErrorData(e) };
  }
  parentPort?.postMessage(reply);
});
