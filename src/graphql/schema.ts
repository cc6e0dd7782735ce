import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ChapterVersionResolver, HandbookResolver } from '../modules/handbook/handbook.resolver.js';
import { FlowFieldsResolver, FlowsResolver, FlowVersionResolver } from '../modules/flows/flows.resolver.js';
import { ScriptFieldsResolver, ScriptsResolver, ScriptVersionResolver } from '../modules/scripts/scripts.resolver.js';
import { StandardFieldsResolver, StandardsResolver, StandardVersionResolver } from '../modules/standards/standards.resolver.js';
import { SearchHitResolver, SearchResolver } from '../modules/search/search.resolver.js';
import { TouchpointsResolver } from '../modules/touchpoints/touchpoints.resolver.js';
import { VersioningResolver } from '../modules/versioning/versioning.resolver.js';
import type { Context } from './context.js';

/** `@Authorized()` needs a signed-in user; `@Authorized('A', 'B')` one of those roles. */
const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.user.role)) {
    throw forbidden(`this needs the role ${roles.join(' or ')}; you are ${context.user.role}`);
  }
  return true;
};

let schema: Promise<GraphQLSchema> | undefined;

export function appSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      AuthResolver,
      VersioningResolver,
      HandbookResolver,
      ChapterVersionResolver,
      FlowsResolver,
      FlowFieldsResolver,
      FlowVersionResolver,
      TouchpointsResolver,
      ScriptsResolver,
      ScriptFieldsResolver,
      ScriptVersionResolver,
      StandardsResolver,
      StandardFieldsResolver,
      StandardVersionResolver,
      SearchResolver,
      SearchHitResolver,
      AuditResolver,
    ],
    authChecker,
    authMode: 'error',
    validate: false,
  });
  return schema;
}

/** The SDL committed as schema/schema.graphql, sorted so that it only changes when the API does. */
export const printAppSchema = async () => printSchema(lexicographicSortSchema(await appSchema()));
