import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { DEFAULT_PAGE } from '../shared/pagination.js';

// Its ESM build imports graphql/index.mjs, a second copy of graphql next to the one everything
// else loads ("from another module or realm"); its CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export const MAX_COMPLEXITY = 20_000;

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
            });
          } catch {
            return; // invalid variables: execution reports them as BAD_USER_INPUT, naming the variable
          }
          if (cost > MAX_COMPLEXITY) {
            throw new GraphQLError(`the query is too expensive: estimated cost ${cost}, at most ${MAX_COMPLEXITY}; ask for fewer rows or fields`, {
              extensions: { code: 'BAD_USER_INPUT', field: 'query', cost, maximum: MAX_COMPLEXITY },
            });
          }
        },
      };
    },
  };
}
