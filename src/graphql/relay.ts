import { type ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'where a page of a connection ends, and whether another page follows' })
export class PageInfo {
  @Field(() => Boolean, { description: 'whether items follow this page: ask again with `after: endCursor`' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'the cursor of the page’s last item, to pass as `after` for the next page; null when the page is empty' })
  endCursor: string | null;
}

/** A Relay connection type for `node` named `<name>Connection`, with `totalCount`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function Connection<T extends object>(name: string, node: ClassType<T> | (abstract new (...args: any[]) => T)) {
  @ObjectType(`${name}Edge`, { description: `one ${name} of a page, with the cursor that continues after it` })
  class Edge {
    @Field(() => String, { description: 'an opaque position in the list: pass it as `after` to get the items that follow this one' })
    cursor: string;

    @Field(() => node, { description: `the ${name}` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `a page of ${name} items (\`first\`: 0 to 100, default 20; \`after\`: a cursor from this list), with the count across all pages` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'the items of this page, in the list’s order' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'where this page ends and whether another follows' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'how many items the whole list holds, across all pages' })
    totalCount: number;
  }
  return ConnectionType;
}
