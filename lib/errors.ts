// One family of errors the data layer throws and every action or route maps the same way.
export class AppError extends Error {
  constructor(
    /** A message key under the Errors namespace, shown translated to the person. */
    readonly code: 'unauthenticated' | 'forbidden' | 'notFound' | 'rateLimited' | 'conflict' | 'invalid',
    message?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message ?? code);
  }
}

export const unauthenticated = () => new AppError('unauthenticated');
export const forbidden = (why?: string) => new AppError('forbidden', why);
export const notFound = () => new AppError('notFound');
/** A write by the owner of a record an officer suspended: read-only until reinstated (message Errors.suspended). */
export const suspended = () => new AppError('forbidden', 'suspended');
