import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';

/** Codes a client may see as they are; anything else is an unexpected failure and is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const isPublic = (code: unknown) => typeof code === 'string' && PUBLIC_CODES.has(code);

/** A client's error as it is; an unexpected one as INTERNAL_SERVER_ERROR without its details. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isPublic(formatted.extensions?.code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Unexpected errors are logged with the request's id, and the masked error the client gets carries
 * that id, so a report from a user leads to the log line.
 */
export const errorReporting = (): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors.filter((e) => !isPublic(e.extensions?.code))) {
          contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
      },
    };
  },
});
