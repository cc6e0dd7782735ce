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

/** graphql-js's refusal of an operation whose variables hold more than 50 bad values: it has no code of its own. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;
/** graphql-js's parser stopping at `maxTokens` */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more (?:that|than) (\d+) tokens/;

/** The code a client may see for an error, including graphql-js's own refusals that carry none. */
function publicExtensions(error: { message: string; extensions?: Record<string, unknown> }): Record<string, unknown> | null {
  const extensions = error.extensions ?? {};
  if (TOO_MANY_VARIABLE_ERRORS.test(error.message)) return { ...extensions, code: 'BAD_USER_INPUT', field: 'variables' };
  const tokens = TOO_MANY_TOKENS.exec(error.message);
  if (tokens) return { ...extensions, code: 'GRAPHQL_PARSE_FAILED', field: 'query', limit: 'maxTokens', maximum: Number(tokens[1]) };
  return isPublic(extensions.code) ? extensions : null;
}

/** "Did you mean …?" in graphql-js's messages: a field, argument, type or enum value the schema has. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * A client's error as it is (without stack or, in production, suggestions of what the schema
 * holds); an unexpected one as INTERNAL_SERVER_ERROR without its details.
 */
export const formatError =
  (options: { production: boolean } = { production: false }) =>
  (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const known = publicExtensions(formatted);
    if (known) {
      const { stacktrace: _stack, ...extensions } = known;
      const message = options.production ? formatted.message.replace(SUGGESTION, '') : formatted.message;
      return { ...formatted, message, extensions };
    }
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };

/**
 * Unexpected errors are logged with the request's id, and the masked error the client gets carries
 * that id, so a report from a user leads to the log line.
 */
export const errorReporting = (): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors.filter((e) => !publicExtensions(e))) {
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
