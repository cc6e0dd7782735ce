import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { MAX_COMPLEXITY } from './complexity.js';
import { type LimitName, refusal } from './limits.js';

/** What a request may spend while it runs (README, "Limits"). */
export interface BudgetLimits {
  /** wall-clock time from the request's start, checked before every field */
  timeBudgetMs: number;
  /** fields resolved: the estimate's bounds can be outgrown by the data, this cannot */
  maxResolvedFields: number;
  /** the answer's size, counted as its values are resolved (characters of text, 8 per number, the names of the keys) */
  maxResponseBytes: number;
}

export const DEFAULT_BUDGET: BudgetLimits = { timeBudgetMs: 5_000, maxResolvedFields: MAX_COMPLEXITY, maxResponseBytes: 8 * 1024 * 1024 };

/** Every this many fields a request hands the event loop to other requests, however synchronous its fields are. */
export const YIELD_EVERY = 500;

const sizeOf = (value: unknown): number => {
  if (value == null) return 4;
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (Array.isArray(value)) return 2 + value.length;
  if (value instanceof Date) return 26;
  return 2;
};

/** One request's spending; once a limit is passed, every further field fails at once and the answer is replaced by one refusal. */
export class RequestBudget {
  readonly deadline: number;
  fields = 0;
  bytes = 0;
  exceeded: { limit: LimitName; maximum: number; message: string } | null = null;

  constructor(readonly limits: BudgetLimits = DEFAULT_BUDGET, now = Date.now()) {
    this.deadline = now + limits.timeBudgetMs;
  }

  private exceed(limit: LimitName, maximum: number, message: string): never {
    this.exceeded ??= { limit, maximum, message };
    throw this.error();
  }

  error() {
    const { limit, maximum, message } = this.exceeded!;
    return refusal(message, limit, maximum);
  }

  /** Before a field: refuse it when the request is out of time or fields. */
  enter(fieldName: string) {
    if (this.exceeded) throw this.error();
    if (++this.fields > this.limits.maxResolvedFields) {
      this.exceed('maxResolvedFields', this.limits.maxResolvedFields, `the query resolved more than ${this.limits.maxResolvedFields} fields (its lists are larger than they were costed at); ask for fewer rows or fields`);
    }
    if (Date.now() > this.deadline) this.exceed('timeBudgetMs', this.limits.timeBudgetMs, `the query ran out of time: it may run for ${this.limits.timeBudgetMs} ms; ask for fewer rows or fields`);
    this.bytes += fieldName.length + 3;
  }

  /** After a field: count its value towards the answer's size. */
  resolved(value: unknown) {
    this.bytes += sizeOf(value);
    if (this.bytes > this.limits.maxResponseBytes) {
      this.exceed('maxResponseBytes', this.limits.maxResponseBytes, `the answer is too large: at most ${this.limits.maxResponseBytes} bytes; ask for fewer rows or fields`);
    }
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const guarded = new WeakSet<GraphQLSchema>();

/**
 * Wrap every field's resolver (once per schema) so that a request with a budget in its context
 * checks it before each field, counts the answer's size after it, and every YIELD_EVERY fields
 * waits a turn of the event loop: graphql-js runs synchronous fields back to back, and without it
 * one large answer would hold up every other request until it was done.
 */
export function guardResolvers(schema: GraphQLSchema): GraphQLSchema {
  if (guarded.has(schema)) return schema;
  guarded.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const budget = (context as { budget?: RequestBudget } | undefined)?.budget;
        if (!budget) return resolve(source, args, context, info);
        budget.enter(info.fieldName);
        const value = resolve(source, args, context, info);
        const count = (v: unknown) => {
          budget.resolved(v);
          return v;
        };
        if (value instanceof Promise) return value.then(count);
        count(value);
        return budget.fields % YIELD_EVERY === 0 ? nextTurn().then(() => value) : value;
      };
    }
  }
  return schema;
}

/** A request that passed a budget gets one refusal naming the limit, HTTP 400, instead of a partial answer. */
export const budgetPlugin = (): ApolloServerPlugin<{ budget?: RequestBudget }> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const budget = contextValue.budget;
        if (!budget?.exceeded || response.body.kind !== 'single') return;
        const error = budget.error();
        response.body.singleResult = { data: null, errors: [{ message: error.message, extensions: { ...error.extensions, http: undefined } }] };
        response.http.status = 400;
      },
    };
  },
});
