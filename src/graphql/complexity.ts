import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { DEFAULT_PAGE } from '../shared/pagination.js';

// Its ESM build imports graphql/index.mjs, a second copy of graphql next to the one everything
// else loads ("from another module or realm"); its CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export const MAX_COMPLEXITY = 20_000;
/** fields the cost is worked out over, fragments expanded where they are spread: past this the operation is refused unread */
export const MAX_FIELD_NODES = 10_000;

/** A refusal of the whole operation: HTTP 400, naming the query and the rule. */
const refused = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'query', ...extensions, http: { status: 400 } } });

/** A list field costs its children once per row it may return (`first`, or the default page). */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!('first' in args) && !field.args.some((a) => a.name === 'first')) return undefined;
  const rows = typeof args.first === 'number' ? args.first : DEFAULT_PAGE;
  return 1 + rows * childComplexity;
};

/** Refuse an operation whose estimated cost is above MAX_COMPLEXITY before it runs. */
export function complexityLimit(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
              maxQueryNodes: MAX_FIELD_NODES,
            });
          } catch (error) {
            // invalid variables: execution reports them as BAD_USER_INPUT, naming the variable
            if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return;
            // anything else (too many fields to cost) is refused: an operation is never run uncosted
            throw refused(`the query is too large: more than ${MAX_FIELD_NODES} fields once its fragments are spread; ask for fewer fields`, { maximumFields: MAX_FIELD_NODES });
          }
          if (cost > MAX_COMPLEXITY) {
            throw refused(`the query is too expensive: estimated cost ${cost}, at most ${MAX_COMPLEXITY}; ask for fewer rows or fields`, { cost, maximum: MAX_COMPLEXITY });
          }
        },
      };
    },
  };
}
