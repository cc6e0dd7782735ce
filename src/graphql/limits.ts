import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { createRequire } from 'node:module';
import { AppError } from '../shared/errors.js';

// Its ESM build imports graphql/index.mjs (a second graphql under vitest); its CommonJS build shares ours.
const { ApolloArmor } = createRequire(import.meta.url)('@escape.tech/graphql-armor') as typeof import('@escape.tech/graphql-armor');

/** The limits every operation is held to before it runs (README, "Limits"). */
export const LIMITS = {
  /** lexical tokens in the document (Apollo's parser stops counting there) */
  maxTokens: 10_000,
  /** nesting of fields, fragments followed */
  maxDepth: 12,
  /** aliased fields, fragments followed */
  maxAliases: 30,
  /** directives, fragments followed */
  maxDirectives: 50,
} as const;

export type LimitName = keyof typeof LIMITS | 'maxComplexity' | 'maxFieldNodes' | 'timeBudgetMs' | 'maxResolvedFields' | 'maxResponseBytes';

/** A refusal by a limit: HTTP 400, BAD_USER_INPUT on the query, naming the limit and its value. */
export const refusal = (message: string, limit: LimitName, maximum: number, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field: 'query', limit, maximum, ...extra, http: { status: 400 } });

/** graphql-armor's reports, as refusals naming the limit (validation reports them as GRAPHQL_VALIDATION_FAILED, HTTP 400). */
const report =
  (limit: keyof typeof LIMITS) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const detail = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(refusal(`${detail} (${limit})`, limit, LIMITS[limit]));
  };

/**
 * Depth, aliases and directives per operation, counted by graphql-armor (which follows each
 * fragment once, so a fragment cycle is left to graphql-js to report). Its cost limit is not used:
 * complexity.ts costs lists by their size.
 */
export function limitRules(): ValidationRule[] {
  const config: NonNullable<ConstructorParameters<typeof ApolloArmor>[0]> = {
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [report('maxDepth')] },
    maxAliases: { n: LIMITS.maxAliases, propagateOnRejection: false, onReject: [report('maxAliases')] },
    maxDirectives: { n: LIMITS.maxDirectives, propagateOnRejection: false, onReject: [report('maxDirectives')] },
  };
  return new ApolloArmor(config).protect().validationRules;
}
