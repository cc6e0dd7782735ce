import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/date-time.js';
import { toPage } from '../../shared/pagination.js';
import { checkMapFilter } from '../touchpoints/touchpoints.service.js';
import { readTouchpoint, TOUCHPOINT_ARG } from '../usage/usage-reads.js';
import { documentKey } from '../versioning/document-key.js';
import { findDocument, type DocumentAt } from '../versioning/document-list.js';
import { scriptKind } from './script.kind.js';
import { PlaceholderValueInput, RenderedScript, Script, ScriptConnection, ScriptFilter } from './script.types.js';
import { listScripts, renderScript } from './scripts.service.js';

@Resolver(() => Script)
export class ScriptsResolver {
  @Allow('content.read')
  @Query(() => ScriptConnection, { description: 'standard scripts by code, each resolved at asOf (default now)' })
  async scripts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ScriptFilter, { nullable: true, description: 'only the scripts that match; all when omitted' }) filter?: ScriptFilter | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the scripts at; now when omitted' }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'scripts per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    await checkMapFilter(ctx.db, filter);
    return listScripts(ctx.db, actorOf(ctx), instant(ctx, asOf), filter ?? {}, toPage(first, after));
  }

  @Allow('content.read')
  @Query(() => Script, { nullable: true, description: 'one script by id or by code (exactly one), resolved at asOf (default now); null when it does not exist or you may see none of its versions; an agent opening it counts in the usage reports' })
  async script(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'the script document’s id (Script.id)' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'the script’s stable code' }) code?: string | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the script at; now when omitted' }) asOf?: Date | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: TOUCHPOINT_ARG }) touchpointCode?: string | null,
  ): Promise<DocumentAt | null> {
    const at = await readTouchpoint(ctx.db, touchpointCode);
    const found = await findDocument(ctx.db, actorOf(ctx), scriptKind.kind, instant(ctx, asOf), documentKey(id, 'code', code));
    if (found) ctx.usage.record(actorOf(ctx), found.current, 'OPEN', at);
    return found;
  }

  @Allow('content.read')
  @Query(() => RenderedScript, { description: 'the words of the script (by id or code, exactly one) in force at asOf with the placeholders filled; missing or unknown values are refused by name' })
  async renderScript(
    @Arg('values', () => [PlaceholderValueInput], { description: 'a value for every placeholder the words use; no others' }) values: PlaceholderValueInput[],
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'the script document’s id (Script.id); or give code' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'the script’s stable code (instead of id)' }) code?: string | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant whose words to use; now when omitted' }) asOf?: Date | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: TOUCHPOINT_ARG }) touchpointCode?: string | null,
  ): Promise<RenderedScript> {
    const at = await readTouchpoint(ctx.db, touchpointCode);
    const rendered = await renderScript(ctx.db, { script: documentKey(id, 'code', code), values, asOf: instant(ctx, asOf) });
    ctx.usage.record(actorOf(ctx), rendered.version, 'RENDER', at);
    return rendered;
  }
}
