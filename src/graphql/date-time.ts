import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { INSTANT_RULE, inInstantRange, withSeconds } from '../shared/instant.js';

const inRange = (value: unknown): Date => {
  const date = value as Date;
  if (!(date instanceof Date) || !inInstantRange(date)) throw new GraphQLError(`DateTime ${INSTANT_RULE}`);
  return date;
};

/**
 * `DateTime` (graphql-scalars' RFC 3339 date-time: a real calendar date and time with an offset)
 * held to the application's one range of instants, 1970 to 9999 in UTC, so every stored instant
 * compares correctly as text.
 */
export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: `${DateTimeResolver.description ?? ''} Seconds may be left out of inputs (2026-03-01T09:30+08:00). Inputs must lie from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (UTC).`.trim(),
  parseValue: (value) => inRange(DateTimeResolver.parseValue(typeof value === 'string' ? withSeconds(value) : value)),
  parseLiteral: (ast, variables) => inRange(DateTimeResolver.parseLiteral(ast.kind === Kind.STRING ? { ...ast, value: withSeconds(ast.value) } : ast, variables)),
});
