import { Field, ID, InterfaceType } from 'type-graphql';

const NODE_TYPE = Symbol('node type');

/**
 * Anything fetched again by its id alone (`node(id)`). The node query marks what it found with its
 * GraphQL type, since a version row, a document and an exception look alike to GraphQL.
 */
@InterfaceType({
  description: 'anything the API can fetch again by its id alone, with node(id): documents, versions and exceptions',
  resolveType: (value: Record<symbol, string>) => value[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID, { description: 'the id node(id) takes' })
  id: string;
}

/** `value` as the node of GraphQL type `typeName` (without touching the shared row). */
export const asNode = <T extends object>(value: T, typeName: string): T => Object.assign(Object.create(value) as T, { [NODE_TYPE]: typeName });
