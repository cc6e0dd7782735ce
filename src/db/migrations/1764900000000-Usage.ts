import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';

const id = (name: string) => ({ name, type: 'varchar', length: '36' });
const day = { name: 'day', type: 'varchar', length: '10', isPrimary: true };
const touchpoint = { name: 'touchpointCode', type: 'varchar', length: '7', isPrimary: true };
const count = (name: string) => ({ name, type: 'integer' });

/**
 * Measurement: usage events (one per agent, document, action and minute), the daily roll-ups the
 * reports read for whole days, and what the search log lacked — the touchpoint a search was made
 * at, the page it returned, and for each click its position and how long after the search it came.
 * Case openings become usage events, so their own counter goes.
 */
export class Usage1764900000000 implements MigrationInterface {
  name = 'Usage1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'usage_events',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'at', type: 'varchar', length: '24' },
          { name: 'minute', type: 'varchar', length: '16' },
          id('userId'),
          id('documentId'),
          id('versionId'),
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'action', type: 'varchar', length: '8' },
          { name: 'touchpointCode', type: 'varchar', length: '7', isNullable: true },
        ],
        indices: [
          { columnNames: ['userId', 'documentId', 'action', 'minute'], isUnique: true },
          { columnNames: ['at', 'kind', 'documentId', 'touchpointCode', 'action', 'userId'] },
          { columnNames: ['documentId', 'action', 'at'] },
        ],
      }),
    );
    await q.createTable(new Table({ name: 'rollup_days', columns: [day, { name: 'builtAt', type: 'varchar', length: '24' }] }));
    const kind = { name: 'kind', type: 'varchar', length: '16', isPrimary: true };
    await q.createTable(
      new Table({
        name: 'usage_daily',
        columns: [day, kind, { ...id('documentId'), isPrimary: true }, touchpoint, { name: 'action', type: 'varchar', length: '8', isPrimary: true }, count('events')],
      }),
    );
    await q.createTable(new Table({ name: 'usage_agents', columns: [{ ...id('userId'), isPrimary: true }, { name: 'no', type: 'integer', isUnique: true }] }));
    await q.createTable(new Table({ name: 'usage_daily_agents', columns: [day, kind, { ...id('documentId'), isPrimary: true }, touchpoint, { name: 'agents', type: 'text' }] }));
    await q.createTable(
      new Table({
        name: 'search_daily',
        columns: [
          day,
          { name: 'normalized', type: 'varchar', length: '500', isPrimary: true },
          touchpoint,
          ...['searches', 'zeroHits', 'clickedSearches', 'clicks', 'rankSum', 'rankedClicks'].map(count),
          { name: 'lastAt', type: 'varchar', length: '24' },
        ],
      }),
    );
    await q.createTable(new Table({ name: 'search_daily_touchpoints', columns: [day, touchpoint, count('searches')] }));
    await q.addColumns('search_log', [
      new TableColumn({ name: 'touchpointCode', type: 'varchar', length: '7', isNullable: true }),
      new TableColumn({ name: 'resultIds', type: 'text', isNullable: true }),
      new TableColumn({ name: 'firstPosition', type: 'integer', isNullable: true }),
      ...['promptClicks', 'promptRankSum', 'promptRanked'].map((name) => new TableColumn({ name, type: 'integer', default: 0 })),
    ]);
    await q.addColumns('search_clicks', [
      new TableColumn({ name: 'position', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'afterMs', type: 'integer', isNullable: true }),
    ]);
    const elapsed =
      q.connection.options.type === 'better-sqlite3'
        ? `CAST((julianday(search_clicks."at") - julianday(s."at")) * 86400000 AS INTEGER)`
        : `CAST(EXTRACT(EPOCH FROM (search_clicks."at"::timestamptz - s."at"::timestamptz)) * 1000 AS INTEGER)`;
    await q.query(`UPDATE search_clicks SET "afterMs" = (SELECT ${elapsed} FROM search_log s WHERE s."id" = search_clicks."queryId")`);
    // clicks made before: those within 5 minutes count as their search's (positions were not kept)
    await q.query(
      `UPDATE search_log SET "promptClicks" = (SELECT COUNT(*) FROM search_clicks k WHERE k."queryId" = search_log."id" AND k."afterMs" <= 300000)
        WHERE EXISTS (SELECT 1 FROM search_clicks k WHERE k."queryId" = search_log."id")`,
    );
    await q.dropTable('case_opens');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'case_opens', columns: [{ ...id('documentId'), isPrimary: true }, count('opens'), { name: 'lastOpenedAt', type: 'varchar', length: '24' }] }));
    await q.dropColumn('search_clicks', 'afterMs');
    await q.dropColumn('search_clicks', 'position');
    for (const column of ['promptRanked', 'promptRankSum', 'promptClicks', 'firstPosition']) await q.dropColumn('search_log', column);
    await q.dropColumn('search_log', 'resultIds');
    await q.dropColumn('search_log', 'touchpointCode');
    for (const table of ['search_daily_touchpoints', 'search_daily', 'usage_daily_agents', 'usage_agents', 'usage_daily', 'rollup_days', 'usage_events']) await q.dropTable(table);
  }
}
