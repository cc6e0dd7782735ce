import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toStored } from '../../shared/clock.js';
import { toConnection, toPage } from '../../shared/pagination.js';
import { User } from '../auth/auth.types.js';
import { AuditEntryRow } from './audit-entry.entity.js';
import { verifyAuditChain } from './audit.service.js';
import { AuditEntry, AuditEntryConnection, AuditFilter, AuditVerification } from './audit.types.js';

const toEntry = (row: AuditEntryRow): AuditEntry => ({
  ...row,
  id: String(row.seq),
  before: row.before === null ? null : JSON.parse(row.before),
  after: row.after === null ? null : JSON.parse(row.after),
});

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('APPROVER', 'ADMIN')
  @Query(() => AuditEntryConnection, { description: 'newest first' })
  async auditTrail(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const page = toPage(first, after);
    const query = ctx.db.dataSource.getRepository(AuditEntryRow).createQueryBuilder('a');
    if (filter?.documentId) query.andWhere('a.documentId = :documentId', { documentId: filter.documentId });
    if (filter?.actorId) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter?.from) query.andWhere('a.at >= :from', { from: toStored(filter.from) });
    if (filter?.to) query.andWhere('a.at < :to', { to: toStored(filter.to) });
    const totalCount = await query.clone().getCount();
    if (page.afterKey !== undefined) query.andWhere('a.seq < :after', { after: page.afterKey });
    const rows = await query.orderBy('a.seq', 'DESC').limit(page.limit + 1).getMany();
    return toConnection(rows.map(toEntry), page, (e) => Number(e.id), totalCount);
  }

  @Authorized('APPROVER', 'ADMIN')
  @Query(() => AuditVerification, { description: 'recompute the hash chain and report the first entry that breaks it' })
  verifyAuditTrail(@Ctx() ctx: Context): Promise<AuditVerification> {
    return verifyAuditChain(ctx.db);
  }

  @FieldResolver(() => User, { nullable: true, description: 'null for changes made by the system' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }
}
