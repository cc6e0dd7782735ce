import { Authorized } from 'type-graphql';
import type { Action } from '../policies/policy.js';

/** The action of the policy table a query, mutation or field stands for; checked before it runs (authChecker in schema.ts). */
export const Allow = (action: Action) => Authorized<Action>(action);
