import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';
import { AppError } from '../shared/errors.js';

// PostgreSQL cannot store U+0000 in text, and on SQLite it would be kept and handed to every
// reader; a search's words go into a batched log, where one such string would fail the others'
// rows. So no string an operation carries may hold it, whatever field it is meant for.
const NUL = '\u0000';
const RULE = 'must not contain the NUL character (U+0000)';

/** A string literal in the operation holding NUL is refused, as the query's other mistakes are. */
export const noNulInLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes(NUL)) context.reportError(new GraphQLError(`a string in the query ${RULE}`, { nodes: node }));
  },
});

/** Where in `value` a string holding NUL is, as a path (`input.question`, `values.0.value`); null when none does. */
export function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(key, `${path}.${key}`) ?? nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** A variable holding NUL anywhere is refused before anything runs, naming where (HTTP 400, BAD_USER_INPUT). */
export const noNulInVariables = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          const found = nulPath(value, name);
          if (found) throw new AppError('BAD_USER_INPUT', `$${found}: ${RULE}`, { field: found, http: { status: 400 } });
        }
      },
    };
  },
});
