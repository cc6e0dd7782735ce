import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Allow } from '../../graphql/allow.js';
import { toPage } from '../../shared/pagination.js';
import { User } from '../auth/auth.types.js';
import type { AuditEntryRow } from './audit-entry.entity.js';
import { auditTrail, verifyAuditChain } from './audit.service.js';
import { AuditEntry, AuditEntryConnection, AuditFilter, AuditVerification } from './audit.types.js';

const toEntry = (row: AuditEntryRow): AuditEntry => ({
  ...row,
  id: String(row.seq),
  before: row.before === null ? null : JSON.parse(row.before),
  after: row.after === null ? null : JSON.parse(row.after),
});

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Allow('audit.read')
  @Query(() => AuditEntryConnection, { description: 'newest first' })
  async auditTrail(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'only the entries that match; all entries when omitted' }) filter?: AuditFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'entries per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    const trail = await auditTrail(ctx.db, filter ?? {}, toPage(first, after));
    return { ...trail, edges: trail.edges.map((e) => ({ ...e, node: toEntry(e.node) })) };
  }

  @Allow('audit.read')
  @Query(() => AuditVerification, { description: 'recompute the hash chain and report the first entry that breaks it' })
  verifyAuditTrail(@Ctx() ctx: Context): Promise<AuditVerification> {
    return verifyAuditChain(ctx.db);
  }

  @FieldResolver(() => User, { nullable: true, description: 'null for changes made by the system' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }
}
