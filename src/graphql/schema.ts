import { NodeResolver } from './node.resolver.js';
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { type AuthChecker, buildSchema } from 'type-graphql';
import { type Action, authorize } from '../policies/policy.js';
import { unauthenticated } from '../shared/errors.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import * as kinds from '../modules/kinds.js';
import { SearchHitResolver, SearchResolver } from '../modules/search/search.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { ExceptionAskerResolver, EscalationResolver, ExceptionsResolver, SlaPolicyResolver, VersionFlagResolver } from '../modules/exceptions/exceptions.resolver.js';
import { SearchExceptionsResolver, VersionMarksResolver } from '../modules/exceptions/marks.resolver.js';
import { FlowUsageFieldsResolver, KnowledgeGapFieldsResolver, ReportsResolver } from '../modules/reports/reports.resolver.js';
import { ReviewResolver } from '../modules/review/review.resolver.js';
import { CentrePostResolver, InspectionResolver, QualityResolver } from '../modules/quality/quality.resolver.js';
import { TouchpointsResolver } from '../modules/touchpoints/touchpoints.resolver.js';
import { VersioningResolver } from '../modules/versioning/versioning.resolver.js';
import { WebhookDeliveryResolver, WebhooksResolver } from '../modules/webhooks/webhooks.resolver.js';
import { declareKinds } from '../modules/versioning/version.types.js';
import type { Context } from './context.js';

/** `@Allow(action)`: a signed-in user whose role the policy table allows the action. */
const authChecker: AuthChecker<Context, Action> = ({ context }, actions) => {
  if (!context.user) throw unauthenticated();
  for (const action of actions) authorize({ user: context.user }, action);
  return true;
};

let schema: Promise<GraphQLSchema> | undefined;

/** type-graphql builds the root types without descriptions; they get theirs here, like every other type. */
function describeRootTypes(built: GraphQLSchema): GraphQLSchema {
  const query = built.getQueryType();
  if (query) query.description = 'what can be read: the handbook, flows, scripts, standards and cases as in force at an instant, the touchpoint map, search, exceptions, reports, quality, webhooks and the audit trail';
  const mutation = built.getMutationType();
  if (mutation) mutation.description = 'what can be changed: content and its review, the touchpoint map, exceptions, quality, search curation, users, settings and webhooks';
  return built;
}

export function appSchema(): Promise<GraphQLSchema> {
  declareKinds();
  schema ??= buildSchema({
    resolvers: [
      AuthResolver,
      VersioningResolver,
      TouchpointsResolver,
      SearchResolver,
      SearchHitResolver,
      AuditResolver,
      CalendarResolver,
      ExceptionsResolver,
      EscalationResolver,
      ExceptionAskerResolver,
      VersionFlagResolver,
      SlaPolicyResolver,
      SearchExceptionsResolver,
      VersionMarksResolver,
      ReviewResolver,
      ReportsResolver,
      FlowUsageFieldsResolver,
      KnowledgeGapFieldsResolver,
      QualityResolver,
      CentrePostResolver,
      InspectionResolver,
      WebhooksResolver,
      WebhookDeliveryResolver,
      NodeResolver,
      ...Object.values(kinds).flatMap((kind) => kind.resolvers),
    ],
    authChecker,
    authMode: 'error',
    validate: false,
  }).then(describeRootTypes);
  return schema;
}

/** The SDL committed as schema/schema.graphql, sorted so that it only changes when the API does. */
export const printAppSchema = async () => printSchema(lexicographicSortSchema(await appSchema()));
