import type { ClassType } from 'type-graphql';
import type { KindDefinition } from './kind.js';

/** A document kind as src/modules/kinds.ts lists it: its definition and the resolvers of its API. */
export interface KindModule {
  definition: KindDefinition;
  resolvers: readonly ClassType[];
}
