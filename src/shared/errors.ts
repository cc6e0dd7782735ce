import { GraphQLError } from 'graphql';

/** The fixed set of `extensions.code` values clients may rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist`, { id });

export const forbidden = (message: string) => new AppError('FORBIDDEN', message);

export const unauthenticated = (message = 'Sign in with an Authorization: Bearer <token> header') =>
  new AppError('UNAUTHENTICATED', message);

export const conflict = (message: string, details: Record<string, unknown>) =>
  new AppError('CONFLICT', message, details);

export const invalidTransition = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('INVALID_TRANSITION', message, details);
