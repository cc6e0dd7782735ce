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
          { columnNames: ['at'] },
          { columnNames: ['documentId', 'action', 'at'] },
        ],
      }),
    );
    await q.createTable(new Table({ name: 'rollup_days', columns: [day, { name: 'builtAt', type: 'varchar', length: '24' }] }));
    await q.createTable(
      new Table({
        name: 'usage_daily',
        columns: [day, { ...id('documentId'), isPrimary: true }, touchpoint, { name: 'action', type: 'varchar', length: '8', isPrimary: true }, { name: 'kind', type: 'varchar', length: '16' }, count('events')],
      }),
    );
    await q.createTable(new Table({ name: 'usage_daily_agents', columns: [day, { ...id('documentId'), isPrimary: true }, touchpoint, { ...id('userId'), isPrimary: true }, { name: 'kind', type: 'varchar', length: '16' }] }));
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
    await q.addColumns('search_log', [
      new TableColumn({ name: 'touchpointCode', type: 'varchar', length: '7', isNullable: true }),
      new TableColumn({ name: 'resultIds', type: 'text', isNullable: true }),
      new TableColumn({ name: 'firstPosition', type: 'integer', isNullable: true }),
    ]);
    await q.addColumns('search_clicks', [
      new TableColumn({ name: 'position', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'afterMs', type: 'integer', isNullable: true }),
    ]);
    const elapsed =
      q.connection.options.type === 'better-sqlite3'
        ? `CAST((julianday(c."at") - julianday(s."at")) * 86400000 AS INTEGER)`
        : `CAST(EXTRACT(EPOCH FROM (c."at"::timestamptz - s."at"::timestamptz)) * 1000 AS INTEGER)`;
    await q.query(`UPDATE search_clicks AS c SET "afterMs" = (SELECT ${elapsed} FROM search_log s WHERE s.id = c."queryId")`);
    await q.dropTable('case_opens');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'case_opens', columns: [{ ...id('documentId'), isPrimary: true }, count('opens'), { name: 'lastOpenedAt', type: 'varchar', length: '24' }] }));
    await q.dropColumn('search_clicks', 'afterMs');
    await q.dropColumn('search_clicks', 'position');
    await q.dropColumn('search_log', 'firstPosition');
    await q.dropColumn('search_log', 'resultIds');
    await q.dropColumn('search_log', 'touchpointCode');
    for (const table of ['search_daily', 'usage_daily_agents', 'usage_daily', 'rollup_days', 'usage_events']) await q.dropTable(table);
  }
}
