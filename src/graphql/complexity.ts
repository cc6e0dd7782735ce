import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, type GraphQLField, type GraphQLSchema, isInterfaceType, isListType, isObjectType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';
import { DEFAULT_PAGE } from '../shared/pagination.js';
import { refusal } from './limits.js';

// Its ESM build imports graphql/index.mjs, a second copy of graphql next to the one everything
// else loads ("from another module or realm"); its CommonJS build shares ours.
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export const MAX_COMPLEXITY = 100_000;
/** fields the cost is worked out over, fragments expanded where they are spread: past this the operation is refused unread */
export const MAX_FIELD_NODES = 10_000;

/**
 * The most items each list without `first` is costed at. Where the write side caps a list (a
 * chapter holds at most 100 sections) the cap is the bound; elsewhere it is the seeded corpus's
 * size with a margin (measured on a freshly seeded database: the map has 16 businesses × 4
 * channels × 5 brands, 95 versions in force, a flow serves at most 20 touchpoints and has at most
 * 16 nodes and 21 edges). A list that outgrows its bound is still served; what stops a query whose
 * lists were larger than costed is the limit on fields resolved at run time (budget.ts).
 * `<Type>.edges` of a connection counts once: its field multiplies by `first`.
 */
export const LIST_BOUNDS: Record<string, number> = {
  'TouchpointMap.channels': 8,
  'TouchpointMap.brands': 10,
  'TouchpointMap.rows': 48,
  'TouchpointMapRow.cells': 8,
  'TouchpointMapCell.entries': 10,
  'TouchpointMapGaps.touchpointsWithoutFlow': 200,
  'TouchpointMapGaps.flowsWithoutTouchpoints': 50,
  'Handbook.chapters': 20,
  'ChapterVersion.sections': 100,
  'Query.inForce': 200,
  'FlowVersion.inputs': 50,
  'FlowVersion.outputs': 50,
  'FlowVersion.touchpoints': 80,
  'FlowGraph.nodes': 64,
  'FlowGraph.edges': 84,
  'ScriptVersion.tags': 20,
  'ScriptVersion.placeholders': 30,
  'ScriptVersion.channels': 26,
  'ScriptVersion.businessCodes': 50,
  'StandardVersion.values': 15,
  'StandardVersion.channels': 26,
  'StandardVersion.businessCodes': 50,
  'Query.slaPolicies': 20,
  'SlaPolicy.ladder': 9,
  'KnowledgeException.ladder': 9,
  'KnowledgeException.escalations': 9,
  'KnowledgeException.askedBy': 50,
  'KnowledgeException.flags': 20,
  'Escalation.recipients': 20,
  'Query.workCalendar': 366,
  'User.tokens': 20,
  'SearchResults.exceptions': 3,
  'SearchFacets.kinds': 10,
  'SearchFacets.channels': 26,
  'SearchFacets.brands': 26,
  'SearchFacets.businessCodes': 100,
  'SearchFacets.flowClasses': 10,
  'VersionDiff.sections': 200,
  'VersionDiff.titleChanges': 50,
  'SectionDiff.headingChanges': 20,
  'SectionDiff.bodyChanges': 100,
  'Mutation.registerBusiness': 144,
  // reports: a row per flow and per touchpoint it serves (287 on the seeded map), queries up to their `first` (500)
  'Query.flowUsage': 1000,
  'SearchAnalytics.topQueries': 500,
  'KnowledgeGap.touchpoints': 400,
  'ExceptionSlaReport.byPriority': 5,
  'ExceptionSlaReport.byOwner': 100,
  'ExceptionSlaReport.byEscalationLevel': 5,
  'ContentHealthReport.byPhase': 40,
  'ContentHealthReport.neverOpenedDocuments': 100,
  // quality: a row per flow version inspected in the period (7 seeded), its steps (at most 16 seeded),
  // the touchpoints it serves (at most 20) and the posts its steps name; the registry of posts (18 seeded)
  'Query.flowCompliance': 50,
  'Query.flowComplianceByFlow': 50,
  'FlowCompliance.steps': 32,
  'FlowCompliance.perTouchpoint': 20,
  'FlowCompliance.perPost': 16,
  'Inspection.deviations': 32,
  'Query.organisationalFit': 500,
  'Query.posts': 100,
  'CentrePost.holders': 50,
  // webhooks: endpoints an admin registers, their event types, a delivery's attempts (8 on the schedule, and redeliveries)
  'Query.webhookEndpoints': 100,
  'WebhookEndpoint.eventTypes': 20,
  'WebhookDelivery.log': 50,
  // every kind's version type (FlowVersion, …) inherits these from the DocumentVersion interface
  'DocumentVersion.rejections': 20,
};

const hasFirst = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => a.name === 'first');
const isEdges = (typeName: string, fieldName: string) => fieldName === 'edges' && (typeName.endsWith('Connection') || typeName === 'SearchResults');

/** The bound a list field is costed at, or undefined when it has none (and cannot be costed). */
export function listBound(typeName: string, field: GraphQLField<unknown, unknown>): number | undefined {
  if (isEdges(typeName, field.name)) return 1;
  // introspection (off in production) is bounded by the schema itself; the answer-size cap holds it
  if (typeName.startsWith('__')) return 1;
  return LIST_BOUNDS[`${typeName}.${field.name}`] ?? (typeName.endsWith('Version') ? LIST_BOUNDS[`DocumentVersion.${field.name}`] : undefined);
}

/** Every list field of the schema that is neither paginated nor bounded: none may exist (a test holds it). */
export function unboundedLists(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && !hasFirst(field) && listBound(type.name, field) === undefined) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}

class Uncostable extends Error {}

/**
 * A field costs 1 plus its children once per item it may return: `first` (or the default page) for
 * a paginated list, the declared bound for another list, once for anything else. A list without a
 * bound makes the operation uncostable, and it is refused.
 */
const boundedEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (hasFirst(field) || 'first' in args) {
    const rows = typeof args.first === 'number' ? Math.max(0, args.first) : DEFAULT_PAGE;
    return 1 + rows * childComplexity;
  }
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  const bound = listBound(type.name, field);
  if (bound === undefined) throw new Uncostable(`${type.name}.${field.name}`);
  return 1 + bound * Math.max(1, childComplexity);
};

/** Refuse an operation whose estimated cost is above MAX_COMPLEXITY, or that cannot be costed, before it runs. */
export function complexityLimit(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [boundedEstimator],
              maxQueryNodes: MAX_FIELD_NODES,
            });
          } catch (error) {
            // invalid variables: execution refuses them before any field runs, as BAD_USER_INPUT naming the variable
            if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return;
            if (error instanceof Uncostable) {
              throw refusal(`the query cannot be costed: the list ${error.message} has no declared bound`, 'maxComplexity', MAX_COMPLEXITY);
            }
            // anything else (too many fields to cost) is refused: an operation is never run uncosted
            throw refusal(`the query is too large: more than ${MAX_FIELD_NODES} fields once its fragments are spread; ask for fewer fields`, 'maxFieldNodes', MAX_FIELD_NODES);
          }
          if (!Number.isFinite(cost)) throw refusal('the query cannot be costed', 'maxComplexity', MAX_COMPLEXITY);
          if (cost > MAX_COMPLEXITY) {
            throw refusal(`the query is too expensive: estimated cost ${cost}, at most ${MAX_COMPLEXITY}; ask for fewer rows or fields`, 'maxComplexity', MAX_COMPLEXITY, { cost });
          }
        },
      };
    },
  };
}
