import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type Db, isSqlite, namedQuery } from '../src/db/database.js';
import { forgetDays } from '../src/modules/reports/rollup.js';
import { dayOf, dayStart, nextDay } from '../src/modules/reports/period.js';
import { readJudgements } from '../src/modules/search/evaluation.js';
import { normalizedQuery, PROMPT_CLICK_MS } from '../src/modules/search/search.service.js';
import { SearchClickRow, SearchLogRow } from '../src/modules/search/search.entity.js';
import { UsageEventRow, type UsageAction } from '../src/modules/usage/usage-event.entity.js';
import type { DocumentKind } from '../src/modules/versioning/document-kind.js';
import { OPEN_DEMO_QUESTIONS } from './knowledge.js';
import { random } from './random.js';

/**
 * Generated history of agents at work: searches (most answered by the judged documents, some
 * finding nothing, a few finding nothing useful), the clicks that followed, and the documents
 * opened and rendered — with touchpoints, in shifts of Beijing daytime. The demo seed writes four
 * weeks of it for its agents; the report benchmark and scale test write a million rows of each.
 */

/** Questions customers ask that the corpus does not answer: searched, found nothing (or nothing useful). */
const UNANSWERED = [
  ...OPEN_DEMO_QUESTIONS,
  '5G消息怎么开通',
  '副卡共享流量怎么算',
  '国际漫游流量包退订',
  '手表eSIM一号双终端',
  '携号转网授权码',
  '宽带提速千兆多少钱',
  '视频彩铃取消',
  '云盘扩容收费',
  '亲情号码一个月能改几次',
  '家庭宽带移机要多久',
  '流量结转到下月吗',
  '停机保号每月费用',
];

interface Document {
  documentId: string;
  versionId: string;
  kind: DocumentKind;
}

/** What the history draws on: documents in force, the touchpoints flows serve, and the judged queries. */
export interface Library {
  documents: Document[];
  byKey: Map<string, Document>;
  touchpointsOf: Map<string, string[]>;
  touchpoints: string[];
  answerable: { query: string; relevant: Document[] }[];
}

export async function readLibrary(db: Db, asOf: Date): Promise<Library> {
  const at = asOf.toISOString();
  const documents = await namedQuery<Document & { code: string | null; number: number | null }>(
    db.dataSource.manager,
    `SELECT v."documentId", v."id" AS "versionId", v."kind", d."code", c."number" FROM document_versions v JOIN documents d ON d."id" = v."documentId"
       LEFT JOIN chapters c ON c."documentId" = v."documentId"
      WHERE v."status" IN ('PUBLISHED', 'RETIRED') AND v."effectiveFrom" <= :at AND (v."effectiveTo" IS NULL OR v."effectiveTo" > :at)`,
    { at },
  );
  const byKey = new Map(documents.map((d) => [`${d.kind}:${d.kind === 'CHAPTER' ? d.number : d.code}`, d]));
  const claims = await namedQuery<{ documentId: string; touchpointCode: string }>(
    db.dataSource.manager,
    `SELECT t."documentId", t."touchpointCode" FROM flow_touchpoints t JOIN document_versions v ON v."id" = t."versionId"
      WHERE v."effectiveFrom" <= :at AND (v."effectiveTo" IS NULL OR v."effectiveTo" > :at) AND v."status" IN ('PUBLISHED', 'RETIRED')`,
    { at },
  );
  const touchpointsOf = new Map<string, string[]>();
  for (const c of claims) touchpointsOf.set(c.documentId, [...(touchpointsOf.get(c.documentId) ?? []), c.touchpointCode]);
  const answerable = readJudgements()
    .map((j) => ({ query: j.query, relevant: j.relevant.flatMap((key) => byKey.get(key) ?? []) }))
    .filter((j) => j.relevant.length > 0);
  // popularity follows a fixed shuffle, not the order the database returns rows in
  const order = <T>(xs: T[], seed: number) => {
    const next = random(seed);
    return xs.map((x) => ({ x, k: next() })).sort((a, b) => a.k - b.k).map((e) => e.x);
  };
  for (const [flow, codes] of touchpointsOf) touchpointsOf.set(flow, order(codes.sort(), 3));
  return { documents: order([...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, d]) => d), 1), byKey, touchpointsOf, touchpoints: order([...new Set(claims.map((c) => c.touchpointCode))].sort(), 2), answerable: order(answerable, 4) };
}

export interface HistorySpec {
  /** Beijing days from the day of `from` up to the day before `to` */
  from: Date;
  to: Date;
  agents: string[];
  searchesPerAgentDay: number;
  /** documents opened without a search (from the touchpoint, from memory) */
  opensPerAgentDay: number;
  seed: number;
}

export interface History {
  usage: UsageEventRow[];
  searches: SearchLogRow[];
  clicks: SearchClickRow[];
}

const MINUTE = 60_000;

// the same few thousand queries are asked over and over: normalise each once
const normalized = new Map<string, string>();
const normalizedOnce = (query: string) => {
  let n = normalized.get(query);
  if (n === undefined) normalized.set(query, (n = normalizedQuery(query)));
  return n;
};

/** One day of one agent, appended to `out`. */
function agentDay(library: Library, userId: string, day: string, spec: HistorySpec, next: () => number, out: History): void {
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  // popular things come up far more often: log-uniform ranks, squared for a longer tail (most documents are rarely needed)
  const zipf = <T>(xs: T[]): T => xs[Math.min(xs.length - 1, Math.floor(Math.exp(next() ** 2 * Math.log(xs.length + 1)) - 1))]!;
  const shiftStart = dayStart(day).getTime() + 8 * 60 * MINUTE;
  const when = () => shiftStart + Math.floor(next() * 12 * 60) * MINUTE + Math.floor(next() * 60) * 1000;
  // a flow is worked at the touchpoints it serves; anything else at the call's touchpoint, when the agent set one
  const touchpointFor = (doc: Document | undefined) => {
    const served = doc ? library.touchpointsOf.get(doc.documentId) : undefined;
    if (served) return zipf(served);
    return next() < 0.5 ? zipf(library.touchpoints) : null;
  };
  const use = (at: number, doc: Document, action: UsageAction, touchpointCode: string | null) => {
    const iso = new Date(at).toISOString();
    out.usage.push({ at: iso, minute: iso.slice(0, 16), userId, documentId: doc.documentId, versionId: doc.versionId, kind: doc.kind, action, touchpointCode });
  };
  const opened = (at: number, doc: Document, touchpointCode: string | null) => {
    use(at, doc, 'OPEN', touchpointCode);
    if ((doc.kind === 'SCRIPT' && next() < 0.6) || (doc.kind === 'FLOW' && next() < 0.3)) use(at + 20_000, doc, 'RENDER', touchpointCode);
  };

  const searches = Math.round(spec.searchesPerAgentDay * (0.7 + 0.6 * next()));
  for (let i = 0; i < searches; i++) {
    const at = when();
    const id = randomUUID();
    const roll = next();
    const log = (query: string, hits: number, results: Document[], touchpointCode: string | null) =>
      out.searches.push({
        id,
        at: new Date(at).toISOString(),
        userId,
        query,
        normalized: normalizedOnce(query),
        filters: '{}',
        hits,
        latencyMs: Math.round(2 + next() * 20),
        engine: 'embedded',
        touchpointCode,
        resultIds: results.map((r) => r.versionId).join(' ') || null,
        firstPosition: 1,
        promptClicks: 0,
        promptRankSum: 0,
        promptRanked: 0,
      });
    if (roll < 0.08) {
      log(pick(UNANSWERED), 0, [], touchpointFor(undefined));
      continue;
    }
    if (roll < 0.12) {
      // something found, nothing of use: never clicked
      log(pick(UNANSWERED), 1 + Math.floor(next() * 3), [pick(library.documents)], touchpointFor(undefined));
      continue;
    }
    const asked = zipf(library.answerable);
    const touchpointCode = touchpointFor(asked.relevant.find((d) => d.kind === 'FLOW'));
    log(asked.query, asked.relevant.length + Math.floor(next() * 10), asked.relevant, touchpointCode);
    const click = next();
    if (click > 0.8) continue;
    // most open the first result at once; some the second; a few come back to it later
    const position = asked.relevant.length > 1 && next() < 0.25 ? 2 : 1;
    const afterMs = click < 0.75 ? 5_000 + Math.floor(next() * 120_000) : 6 * MINUTE + Math.floor(next() * 20 * MINUTE);
    const doc = asked.relevant[position - 1]!;
    out.clicks.push({ id: randomUUID(), queryId: id, versionId: doc.versionId, userId, at: new Date(at + afterMs).toISOString(), position, afterMs });
    if (afterMs <= PROMPT_CLICK_MS) Object.assign(out.searches.at(-1)!, { promptClicks: 1, promptRankSum: position, promptRanked: 1 });
    opened(at + afterMs + 1000, doc, touchpointCode);
  }
  const direct = Math.round(spec.opensPerAgentDay * (0.7 + 0.6 * next()));
  for (let i = 0; i < direct; i++) {
    const doc = zipf(library.documents);
    opened(when(), doc, touchpointFor(doc));
  }
}

/** The history of `spec`, day by day, handed to `write` a day at a time (a million rows do not sit in memory at once). */
export async function generateHistory(library: Library, spec: HistorySpec, write: (day: History) => Promise<void>): Promise<void> {
  const next = random(spec.seed);
  for (let day = dayOf(spec.from); dayStart(day) < spec.to; day = nextDay(day)) {
    const out: History = { usage: [], searches: [], clicks: [] };
    for (const agent of spec.agents) agentDay(library, agent, day, spec, next, out);
    // nothing from after the end: the history stops at `to`
    const end = spec.to.toISOString();
    const searches = out.searches.filter((r) => r.at < end);
    const kept = new Set(searches.map((r) => r.id));
    await write({ usage: out.usage.filter((r) => r.at < end), searches, clicks: out.clicks.filter((r) => r.at < end && kept.has(r.queryId)) });
  }
}

const USAGE_COLUMNS = ['at', 'minute', 'userId', 'documentId', 'versionId', 'kind', 'action', 'touchpointCode'] as const;
const SEARCH_COLUMNS = ['id', 'at', 'userId', 'query', 'normalized', 'filters', 'hits', 'latencyMs', 'engine', 'touchpointCode', 'resultIds', 'firstPosition', 'promptClicks', 'promptRankSum', 'promptRanked'] as const;
const CLICK_COLUMNS = ['id', 'queryId', 'versionId', 'userId', 'at', 'position', 'afterMs'] as const;
const ROWS_PER_STATEMENT = 200;

/** Insert rows through multi-row statements, prepared once per size: far fewer calls into SQLite than a row at a time. */
function insertMany<T extends object>(connection: Database.Database, insert: string, columns: readonly (keyof T & string)[], rows: T[]): void {
  const statements = new Map<number, Database.Statement>();
  const prepared = (n: number) => {
    let statement = statements.get(n);
    if (!statement) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      statement = connection.prepare(`${insert} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array.from({ length: n }, () => tuple).join(', ')}`);
      statements.set(n, statement);
    }
    return statement;
  };
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    prepared(chunk.length).run(chunk.flatMap((row) => columns.map((c) => row[c] as unknown)));
  }
}

/**
 * Write generated rows: one transaction per call; on SQLite through prepared statements on the
 * write connection (a million rows in seconds), elsewhere through TypeORM in chunks. Repeated
 * usage events (same agent, document, action and minute) are dropped as the log drops them.
 */
export async function writeHistory(db: Db, rows: History): Promise<void> {
  await db.write(async ({ em }) => {
    if (isSqlite(em)) {
      const connection = (em.connection.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
      insertMany(connection, 'INSERT OR IGNORE INTO usage_events', USAGE_COLUMNS, rows.usage);
      insertMany(connection, 'INSERT INTO search_log', SEARCH_COLUMNS, rows.searches);
      insertMany(connection, 'INSERT INTO search_clicks', CLICK_COLUMNS, rows.clicks);
      return;
    }
    for (let i = 0; i < rows.usage.length; i += 500) await em.createQueryBuilder().insert().into(UsageEventRow).values(rows.usage.slice(i, i + 500)).orIgnore().execute();
    for (let i = 0; i < rows.searches.length; i += 500) await em.insert(SearchLogRow, rows.searches.slice(i, i + 500));
    for (let i = 0; i < rows.clicks.length; i += 500) await em.insert(SearchClickRow, rows.clicks.slice(i, i + 500));
  });
}

/** Generate and write a history, then let the roll-up job build its days afresh. */
export async function seedHistory(db: Db, spec: HistorySpec): Promise<{ usage: number; searches: number; clicks: number }> {
  const library = await readLibrary(db, spec.to);
  const counts = { usage: 0, searches: 0, clicks: 0 };
  await generateHistory(library, spec, async (day) => {
    await writeHistory(db, day);
    counts.usage += day.usage.length;
    counts.searches += day.searches.length;
    counts.clicks += day.clicks.length;
  });
  await forgetDays(db, spec.from.toISOString(), spec.to.toISOString());
  return counts;
}
