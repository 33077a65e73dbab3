import { AppError } from '../../electron/shared/errors';

/** Optimistic concurrency: refuse to overwrite a version the caller has not seen. */
export function assertFresh(entity: string, current: { updatedAt: string }, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
    throw new AppError(
      'CONFLICT',
      `This ${entity} was changed elsewhere (at ${current.updatedAt}) after you opened it. Reload it, then apply your change again.`,
    );
  }
}

export function notFound(entity: string, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${entity} with id "${id}" exists in the register.`);
}
