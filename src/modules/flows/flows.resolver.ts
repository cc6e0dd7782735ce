import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import { currentVersions, type DocumentAt, listDocuments } from '../versioning/document-list.js';
import { documentFieldsResolver } from '../versioning/document-fields.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { VersionPayload } from '../versioning/version.types.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { Touchpoint, type TouchpointAt } from '../touchpoints/touchpoint.types.js';
import type { FlowContent } from './flow.kind.js';
import { CreateFlowDraftInput, CreateFlowInput, Flow, FlowConnection, FlowFilter, FlowGraph, FlowVersion, UpdateFlowDraftInput } from './flow.types.js';
import { flowService } from './flows.service.js';
import { toMermaid } from './graph.js';

const contentOf = (v: VersionRow) => JSON.parse(v.content) as FlowContent;

function matches(filter: FlowFilter | null | undefined, v: VersionRow, code: string | null): boolean {
  if (!filter) return true;
  const c = contentOf(v);
  if (filter.type && c.type !== filter.type) return false;
  if (filter.flowClass && c.flowClass !== filter.flowClass) return false;
  if (filter.touchpointCode && !c.touchpointCodes.includes(filter.touchpointCode)) return false;
  if (filter.text && !`${code ?? ''} ${v.title}`.toLowerCase().includes(filter.text.toLowerCase())) return false;
  return true;
}

export const FlowFieldsResolver = documentFieldsResolver(Flow, FlowVersion);

@Resolver(() => Flow)
export class FlowsResolver {
  @Authorized()
  @Query(() => FlowConnection, { description: 'flows by code, each resolved at asOf (default now)' })
  async flows(
    @Ctx() ctx: Context,
    @Arg('filter', () => FlowFilter, { nullable: true }) filter?: FlowFilter | null,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listDocuments(ctx, 'FLOW', instant(ctx, asOf), toPage(first, after), (v, d) => matches(filter, v, d.code));
  }

  @Authorized()
  @Query(() => Flow, { nullable: true })
  async flow(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
  ): Promise<DocumentAt | null> {
    return (await currentVersions(ctx, 'FLOW', instant(ctx, asOf), { codes: [code] }))[0] ?? null;
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'a new flow with its first draft' })
  async createFlow(@Arg('input', () => CreateFlowInput) input: CreateFlowInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await flowService.create(ctx.db, actorOf(ctx), { ...input }) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload)
  async createFlowDraft(@Arg('input', () => CreateFlowDraftInput) input: CreateFlowDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await flowService.createDraft(ctx.db, actorOf(ctx), { documentId: input.flowId, basedOnVersionId: input.basedOnVersionId, changeNote: input.changeNote }) };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'edit a flow draft; only the fields given change' })
  async updateFlowDraft(@Arg('input', () => UpdateFlowDraftInput) input: UpdateFlowDraftInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await flowService.updateDraft(ctx.db, actorOf(ctx), { ...input }) };
  }
}

@Resolver(() => FlowVersion)
export class FlowVersionResolver {
  @FieldResolver(() => String, { description: 'VERIFICATION, FULFILMENT or KNOWLEDGE' })
  type(@Root() v: VersionRow) {
    return contentOf(v).type;
  }

  @FieldResolver(() => String, { description: 'QUERY, BUSINESS_ACCEPTANCE or COMPLAINT' })
  flowClass(@Root() v: VersionRow) {
    return contentOf(v).flowClass;
  }

  @FieldResolver(() => FlowGraph)
  graph(@Root() v: VersionRow) {
    return contentOf(v).graph;
  }

  @FieldResolver(() => [String])
  inputs(@Root() v: VersionRow) {
    return contentOf(v).inputs;
  }

  @FieldResolver(() => [String])
  outputs(@Root() v: VersionRow) {
    return contentOf(v).outputs;
  }

  @FieldResolver(() => String, { description: 'the graph as Mermaid flowchart text' })
  mermaid(@Root() v: VersionRow) {
    return toMermaid(contentOf(v).graph);
  }

  @FieldResolver(() => [Touchpoint], { description: 'the touchpoints this version claims' })
  touchpoints(@Root() v: VersionRow, @Ctx() ctx: Context): TouchpointAt[] {
    const asOf = instant(ctx);
    return contentOf(v).touchpointCodes.flatMap((code) => {
      const parts = parseTouchpointCode(code);
      return 'problem' in parts ? [] : [{ code, ...parts, asOf }];
    });
  }
}
