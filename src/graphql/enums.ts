/** A list of names as the object type-graphql registers as a GraphQL enum (each value its own name). */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
