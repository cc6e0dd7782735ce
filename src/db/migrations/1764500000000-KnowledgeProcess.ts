import chineseDays from 'chinese-days';
import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

const id = (name: string) => ({ name, type: 'varchar', length: '36' });
const instant = (name: string, nullable = false) => ({ name, type: 'varchar', length: '24', isNullable: nullable });
const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });

/** The default policies: the handbook's 24 hours to an initial answer and 7 days to resolve, on the complaint early-warning ladder. */
const LADDER = (l1: number, l2: number, l3: number) =>
  JSON.stringify([
    { level: 1, lateByMinutes: l1, recipient: 'OWNER_SUPERVISOR' },
    { level: 2, lateByMinutes: l2, recipient: 'QUALITY_MANAGER' },
    { level: 3, lateByMinutes: l3, recipient: 'CENTRE_HEAD' },
  ]);
const POLICIES = [
  { priority: 'HIGH', clock: 'CALENDAR', answer: 4 * 60, resolve: 3 * 24 * 60, ladder: LADDER(0, 60, 8 * 60) },
  { priority: 'NORMAL', clock: 'CALENDAR', answer: 24 * 60, resolve: 7 * 24 * 60, ladder: LADDER(0, 3 * 60, 24 * 60) },
  { priority: 'LOW', clock: 'WORKING', answer: 2 * 9 * 60, resolve: 15 * 9 * 60, ladder: LADDER(0, 9 * 60, 3 * 9 * 60) },
];

/** The days of 2025–2026 that depart from the weekday rule: public holidays and make-up working days (调休), as the State Council announced them. */
function chineseCalendar(): { date: string; working: boolean; name: string }[] {
  const days: { date: string; working: boolean; name: string }[] = [];
  for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const detail = chineseDays.getDayDetail(date);
    // a festival's detail is "English,中文,n"; ordinary days carry the weekday's name
    const festival = detail.name.split(',')[1];
    if (!festival) continue;
    const weekend = [0, 6].includes(new Date(t).getUTCDay());
    days.push({ date, working: detail.work, name: detail.work && weekend ? `${festival}调休上班` : festival });
  }
  return days;
}

/**
 * The knowledge process: exceptions with their demand, escalations, words and flags; SLA policies;
 * the work calendar (seeded for 2025–2026); confirmations of versions in force; case openings;
 * and users gain a post, a supervisor, a fallback and deactivation.
 */
export class KnowledgeProcess1764500000000 implements MigrationInterface {
  name = 'KnowledgeProcess1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('users', [
      new TableColumn({ name: 'post', type: 'varchar', length: '20', isNullable: true }),
      new TableColumn({ ...id('supervisorId'), isNullable: true }),
      new TableColumn({ ...id('fallbackId'), isNullable: true }),
      new TableColumn(instant('deactivatedAt', true)),
    ]);
    await q.createTable(
      new Table({
        name: 'knowledge_exceptions',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'priority', type: 'varchar', length: '8' },
          text('question'),
          text('context', true),
          { name: 'customerGrade', type: 'varchar', length: '8', isNullable: true },
          { name: 'touchpointCode', type: 'varchar', length: '20', isNullable: true },
          { ...id('queryId'), isNullable: true },
          { ...id('flaggedVersionId'), isNullable: true },
          instant('raisedAt'),
          id('raisedById'),
          id('ownerId'),
          { name: 'demand', type: 'integer' },
          text('answer', true),
          instant('answeredAt', true),
          { ...id('answeredById'), isNullable: true },
          instant('answerDueAt'),
          instant('resolutionDueAt'),
          text('sla'),
          { name: 'escalationLevel', type: 'integer' },
          instant('nextEscalationAt', true),
          instant('closedAt', true),
          { ...id('closedById'), isNullable: true },
          { ...id('resolvedByVersionId'), isNullable: true },
          text('rejectReason', true),
          { ...id('mergedIntoId'), isNullable: true },
          { ...id('caseDocumentId'), isNullable: true },
          { name: 'revision', type: 'integer' },
          instant('updatedAt'),
        ],
        indices: [{ columnNames: ['raisedAt'] }, { columnNames: ['ownerId', 'status'] }, { columnNames: ['flaggedVersionId'] }, { columnNames: ['nextEscalationAt'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'exception_demand',
        columns: [{ ...id('id'), isPrimary: true }, id('exceptionId'), id('userId'), instant('at'), { ...id('queryId'), isNullable: true }],
        indices: [{ columnNames: ['exceptionId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'exception_escalations',
        columns: [
          { ...id('exceptionId'), isPrimary: true },
          { name: 'level', type: 'integer', isPrimary: true },
          { name: 'phase', type: 'varchar', length: '12' },
          instant('reachedAt'),
          instant('recordedAt'),
          text('recipientIds'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'exception_words',
        columns: [
          { ...id('exceptionId'), isPrimary: true },
          { name: 'word', type: 'varchar', length: '100', isPrimary: true },
        ],
        indices: [{ columnNames: ['word'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'version_flags',
        columns: [
          { ...id('id'), isPrimary: true },
          id('versionId'),
          id('documentId'),
          id('exceptionId'),
          id('userId'),
          { name: 'bySupervisor', type: 'boolean' },
          { name: 'reason', type: 'varchar', length: '16' },
          text('comment'),
          { name: 'sectionKey', type: 'varchar', length: '100', isNullable: true },
          instant('at'),
        ],
        indices: [{ columnNames: ['versionId'] }, { columnNames: ['exceptionId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sla_policies',
        columns: [
          { name: 'priority', type: 'varchar', length: '8', isPrimary: true },
          { name: 'clock', type: 'varchar', length: '8' },
          { name: 'answerWithinMinutes', type: 'integer' },
          { name: 'resolveWithinMinutes', type: 'integer' },
          { name: 'workdayStart', type: 'varchar', length: '5' },
          { name: 'workdayEnd', type: 'varchar', length: '5' },
          text('ladder'),
          { ...id('defaultOwnerId'), isNullable: true },
          { name: 'revision', type: 'integer' },
          instant('updatedAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'work_calendar_days',
        columns: [{ name: 'date', type: 'varchar', length: '10', isPrimary: true }, { name: 'working', type: 'boolean' }, { name: 'name', type: 'varchar', length: '100', isNullable: true }, instant('updatedAt')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'version_verifications',
        columns: [{ ...id('id'), isPrimary: true }, id('versionId'), id('documentId'), instant('verifiedAt'), id('verifiedById'), text('note')],
      }),
    );
    await q.createIndex('version_verifications', new TableIndex({ columnNames: ['versionId', 'verifiedAt'] }));
    await q.createTable(new Table({ name: 'case_opens', columns: [{ ...id('documentId'), isPrimary: true }, { name: 'opens', type: 'integer' }, instant('lastOpenedAt')] }));

    const now = new Date().toISOString();
    const sqlite = q.connection.options.type !== 'postgres';
    const params = (n: number) => Array.from({ length: n }, (_, i) => (sqlite ? '?' : `$${i + 1}`)).join(', ');
    for (const p of POLICIES) {
      const values = [p.priority, p.clock, p.answer, p.resolve, '09:00', '18:00', p.ladder, now];
      await q.query(`INSERT INTO sla_policies (priority, clock, "answerWithinMinutes", "resolveWithinMinutes", "workdayStart", "workdayEnd", ladder, "updatedAt", revision) VALUES (${params(8)}, 1)`, values);
    }
    for (const day of chineseCalendar()) {
      await q.query(`INSERT INTO work_calendar_days (date, working, name, "updatedAt") VALUES (${params(4)})`, [day.date, sqlite ? Number(day.working) : day.working, day.name, now]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_opens', 'version_verifications', 'work_calendar_days', 'sla_policies', 'version_flags', 'exception_words', 'exception_escalations', 'exception_demand', 'knowledge_exceptions']) await q.dropTable(table);
    for (const column of ['deactivatedAt', 'fallbackId', 'supervisorId', 'post']) await q.dropColumn('users', column);
  }
}
