import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import { findDocument, type DocumentAt } from '../versioning/document-list.js';
import { scriptKind } from './script.kind.js';
import { PlaceholderValueInput, RenderedScript, Script, ScriptConnection, ScriptFilter } from './script.types.js';
import { listScripts, renderScript } from './scripts.service.js';
import { readTouchpoint, TOUCHPOINT_ARG } from '../usage/usage-reads.js';

@Resolver(() => Script)
export class ScriptsResolver {
  @Allow('content.read')
  @Query(() => ScriptConnection, { description: 'standard scripts by code, each resolved at asOf (default now)' })
  scripts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ScriptFilter, { nullable: true, description: 'only the scripts that match; all when omitted' }) filter?: ScriptFilter | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the scripts at; now when omitted' }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'scripts per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    return listScripts(ctx.db, actorOf(ctx), instant(ctx, asOf), filter ?? {}, toPage(first, after));
  }

  @Allow('content.read')
  @Query(() => Script, { nullable: true, description: 'a script by id, resolved at asOf (default now); null when there is none; an agent opening it counts in the usage reports' })
  async script(
    @Arg('id', () => ID, { description: 'the script document’s id (Script.id)' }) id: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the script at; now when omitted' }) asOf?: Date | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: TOUCHPOINT_ARG }) touchpointCode?: string | null,
  ): Promise<DocumentAt | null> {
    const at = await readTouchpoint(ctx.db, touchpointCode);
    const found = await findDocument(ctx.db, actorOf(ctx), scriptKind.kind, instant(ctx, asOf), { id });
    if (found) ctx.usage.record(actorOf(ctx), found.current, 'OPEN', at);
    return found;
  }

  @Allow('content.read')
  @Query(() => RenderedScript, { description: 'the words in force at asOf with the placeholders filled; missing or unknown values are refused by name' })
  async renderScript(
    @Arg('id', () => ID, { description: 'the script document’s id (Script.id)' }) id: string,
    @Arg('values', () => [PlaceholderValueInput], { description: 'a value for every placeholder the words use; no others' }) values: PlaceholderValueInput[],
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant whose words to use; now when omitted' }) asOf?: Date | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: TOUCHPOINT_ARG }) touchpointCode?: string | null,
  ): Promise<RenderedScript> {
    const at = await readTouchpoint(ctx.db, touchpointCode);
    const rendered = await renderScript(ctx.db, { scriptId: id, values, asOf: instant(ctx, asOf) });
    ctx.usage.record(actorOf(ctx), rendered.version, 'RENDER', at);
    return rendered;
  }
}
