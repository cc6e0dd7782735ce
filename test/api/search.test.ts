import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { In } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { MeiliConfig, MeilisearchEngine } from '../../src/modules/search/meilisearch-engine.js';
import { embeddedEngine } from '../../src/modules/search/embedded-engine.js';
import { understand } from '../../src/modules/search/understand.js';
import { SearchLogRow, SearchClickRow } from '../../src/modules/search/search.entity.js';
import { CREATE_CHAPTER, publish, RETIRE, submit } from '../support/chapters.js';
import { newScript, release } from '../support/documents.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

// One contract suite for both engines: always the embedded one (SQLite FTS5, so not on PostgreSQL),
// Meilisearch whenever MEILI_HOST names a server.
const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);
const meiliHost = process.env.MEILI_HOST;
if (onPostgres) console.log('search.test.ts: embedded engine SKIPPED on PostgreSQL — it is SQLite FTS5; PostgreSQL deployments search through Meilisearch');
if (!meiliHost) console.log('search.test.ts: Meilisearch engine SKIPPED — set MEILI_HOST (and MEILI_API_KEY) to run this suite against it');

interface EngineCase {
  name: string;
  skip: boolean;
  config: MeiliConfig | undefined;
}
let meili: MeilisearchEngine | null = null;
const ENGINES: EngineCase[] = [
  { name: 'embedded', skip: onPostgres, config: undefined },
  { name: 'meilisearch', skip: !meiliHost, config: meiliHost ? { host: meiliHost, apiKey: process.env.MEILI_API_KEY, index: `test-${randomUUID()}`, timeoutMs: 5000 } : undefined },
];

let app: TestApp;
let fixture: string;

const SEARCH = `query($q: String!, $f: SearchFilter, $a: DateTime, $n: Int, $after: String) {
  search(query: $q, filter: $f, asOf: $a, first: $n, after: $after) {
    queryId totalCount interpretedAs everyWord
    edges { node { kind documentId versionId code title snippet score status version { id title } } }
    pageInfo { hasNextPage endCursor }
    facets { kinds { value count } channels { value count } brands { value count } businessCodes { value count } flowClasses { value count } } } }`;

type Hit = { kind: string; documentId: string; versionId: string; code: string | null; title: string; snippet: string; score: number; status: string };
interface Found {
  queryId: string;
  totalCount: number;
  interpretedAs: string;
  everyWord: boolean;
  hits: Hit[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: Record<'kinds' | 'channels' | 'brands' | 'businessCodes' | 'flowClasses', { value: string; count: number }[]>;
}
const find = async (q: string, vars: Record<string, unknown> = {}, who: 'agent' | 'manager' = 'agent'): Promise<Found> => {
  if (meili) while ((await meili.worker.runOnce()) > 0);
  const { search } = await app.ok(who, SEARCH, { q, n: 20, ...vars });
  return { ...search, hits: search.edges.map((e: { node: Hit }) => e.node) as Hit[] };
};
const titles = (hits: Hit[]) => hits.map((h) => h.title);

describe.each(ENGINES)('the $name engine', ({ name, skip, config }) => {
  beforeAll(async () => {
    meili = null;
    if (skip) return;
    app = await startTestApp({ seed: true, meili: config });
    meili = app.runtime.search.meili;
    app.clock.set('2026-11-22T09:00:00+08:00');
    const chapter = (await app.ok('manager', CREATE_CHAPTER, {
      input: { number: 50, title: '第五十章 代收代缴', sections: [{ heading: '50.1 待处理事项', body: '中国农业发展银行代收的电费，到账前列为待处理款项；停电报修请客户拨打95598。' }], changeNote: '起草' },
    })).createChapter.version;
    fixture = (await publish(app, await submit(app, chapter))).documentId;
  });
  afterAll(async () => {
    if (!skip) await app.close();
  });
  if (skip) {
    it.skip('skipped (see the message above)', () => undefined);
    return;
  }

  describe('search for agents', () => {
    it.each([
      ['投诉', /投诉/],
      ['工单', /工单|表单/],
      ['回访', /回访|回拨|回电/],
    ])('finds two-character words: %s', async (q, inTitles) => {
      const { hits, totalCount } = await find(q);
      expect(totalCount).toBeGreaterThan(3);
      expect(titles(hits.slice(0, 5)).join(' ')).toMatch(inTitles);
      // snippets are cut from what an agent reads: a hit found by its title or tags alone shows its opening
      expect(hits.slice(0, 5).some((h) => /<mark>/.test(h.snippet))).toBe(true);
    });

    it('finds a word inside a longer word: 处理 finds 待处理, 农业 finds 中国农业发展银行', async () => {
      const chapter = { documentId: fixture };
      const farming = await find('农业');
      expect(farming.hits.map((h) => h.documentId)).toContain(chapter.documentId);
      expect(farming.hits.find((h) => h.documentId === chapter.documentId)!.snippet).toContain('中国<mark>农业</mark>发展银行');
      const pending = await find('处理', { f: { kinds: ['CHAPTER'] } });
      expect(pending.hits.find((h) => h.documentId === chapter.documentId)!.snippet).toContain('待<mark>处理</mark>');
    });

    it.each([
      ['10086', 'SCRIPT'],
      ['IVR', 'SCRIPT'],
      ['95598', 'CHAPTER'],
    ])('finds codes and numbers inside Chinese text: %s', async (q, kind) => {
      const { hits } = await find(q);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.map((h) => h.kind)).toContain(kind);
      // marked where the body holds it (a hit may hold it in its title only)
      expect(hits.some((h) => h.snippet.toLowerCase().includes(`<mark>${q.toLowerCase()}</mark>`))).toBe(true);
    });

    it('a bare business code brings up the flow serving it first, and what is scoped to it; with one typo too', async () => {
      const found = await find('1201');
      expect(found.hits[0]!.code).toBe('QRY-CALL-FORWARD');
      expect(found.hits.map((h) => h.kind)).toContain('SCRIPT');
      const typo = await find('1210');
      expect(typo.interpretedAs).toBe('1210 / 1201');
      expect(typo.hits[0]!.code).toBe('QRY-CALL-FORWARD');
    });

    it('a character typed by its sound finds the word it sounds like, and says so', async () => {
      const found = await find('胡叫转移');
      expect(found.interpretedAs).toContain('呼叫');
      expect(found.hits[0]!.code).toBe('QRY-CALL-FORWARD');
    });

    it('what a customer says finds the document that handles it, the flow before its scripts', async () => {
      const found = await find('手机丢了赶紧帮我停机');
      expect(found.hits[0]!.code).toBe('ACC-SUSPEND');
      expect(found.hits[0]!.kind).toBe('FLOW');
    });

    it('snippets show only what an agent reads: no internal labels, codes or scope', async () => {
      for (const q of ['身份核实', '呼叫转移', '1201', '回访']) {
        for (const hit of (await find(q)).hits) expect(hit.snippet).not.toMatch(/VERIFY_IDENTITY|占位符|适用范围|渠道 [A-Z]|STEP |DECISION |PT\d+[HMS]/);
      }
    });

    it('AAA1102 brings up the flow serving it first', async () => {
      expect((await find('AAA1102')).hits[0]!.code).toBe('QRY-BILL');
    });

    it('a code with one typo finds the code it was meant to be: AAA1120 brings up the flow serving AAA1102', async () => {
      const found = await find('AAA1120');
      expect(found.hits[0]!.code).toBe('QRY-BILL');
      expect(found.interpretedAs).toBe('aaa1120 / aaa1102');
    });

    it('a code published a moment ago is already one a typo can find', async () => {
      await release(app, await newScript(app, { code: 'renew7731', title: '宽带续约提醒' }));
      expect((await find('renew7713')).hits[0]!.code).toBe('renew7731');
    });

    it('traditional characters find simplified text, and the snippet marks the original', async () => {
      const { hits } = await find('呼叫轉移查詢');
      expect(hits[0]!.code).toBe('QRY-CALL-FORWARD');
      expect(hits[0]!.snippet).toMatch(/<mark>(呼叫)?转移<\/mark>/);
    });

    it('simplified characters find traditional text, and the snippet marks it as written', async () => {
      await release(app, await newScript(app, { code: 'tw-roam', title: '國際漫遊開通話術', text: '您好，國際漫遊開通後，出境即可使用。', placeholders: [] }));
      const { hits } = await find('国际漫游开通');
      expect(hits[0]!.code).toBe('tw-roam');
      expect(hits[0]!.snippet).toContain('<mark>國際漫遊');
    });

    it('pinyin, full and initials, finds titles, and reads as the Chinese it spells', async () => {
      const tousu = await find('tousu');
      expect(tousu.interpretedAs).toBe('tousu / 投诉');
      expect(titles(tousu.hits.slice(0, 3)).every((t) => t.includes('投诉'))).toBe(true);
      expect(titles((await find('hujiaozhuanyi')).hits)).toContain('呼叫转移查询流程');
      expect(titles((await find('hjzy')).hits)).toContain('呼叫转移查询流程');
    });

    it('synonyms from search/synonyms.yaml: 申诉 finds 投诉, 回拨 finds 回访, 表单 finds 工单, 服务用语 finds 话术', async () => {
      for (const [q, word] of [['申诉', '投诉'], ['回拨', '回访'], ['表单', '工单'], ['服务用语', '话术']] as const) {
        const { hits, interpretedAs } = await find(q);
        expect(interpretedAs).toContain(word);
        expect(hits.some((h) => h.snippet.includes(`<mark>${word}</mark>`) || h.title.includes(word))).toBe(true);
      }
    });

    it('a query with no Chinese at all', async () => {
      expect((await find('QRY-BALANCE')).hits[0]!.code).toBe('QRY-BALANCE');
      expect((await find('IVR')).totalCount).toBeGreaterThan(0);
    });

    it('a query of several words ranks what has them all; with too few in common, what has some', async () => {
      expect((await find('宽带 报修 回访')).hits[0]!.code).toBe('CMP-BROADBAND-REPAIR');
      const every = await find('宽带 报修');
      expect(every.hits[0]!.code).toBe('CMP-BROADBAND-REPAIR');
      expect(every.everyWord).toBe(true);
      const some = await find('宽带 不存在的词语组合xyz');
      expect(some.totalCount).toBeGreaterThan(0);
      expect(some.everyWord).toBe(false);
      const kinds = some.facets.kinds.reduce((n, f) => n + f.count, 0);
      expect(kinds).toBe(some.totalCount); // facets count the same matches as the list
    });

    it('an empty, blank, punctuation-only or over-long query gets a clear error; 500 characters an answer', async () => {
      for (const q of ['', '   ', '？！，。', 'x'.repeat(1000)]) {
        const res = await app.gql('agent', SEARCH, { q });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0]!.extensions.field).toBe('query');
      }
      const long = await find('投诉处理'.repeat(125));
      expect(long.totalCount).toBeGreaterThan(0);
    });

    it('FTS5 syntax in a query is just text', async () => {
      for (const q of ['"投诉', 'NEAR(投诉 回访)', '投诉 OR', '*', 'title:投诉', "投诉' --"]) expect(codeOf(await app.gql('agent', SEARCH, { q }))).not.toBe('INTERNAL_SERVER_ERROR');
    });
  });

  describe('what is found, when', () => {
    it('agents see only what is in force at asOf: the old words before a change, the new ones after', async () => {
      const before = await find('呼叫转移', { f: { kinds: ['FLOW'] }, a: '2025-03-01T00:00:00+08:00' });
      const after = await find('呼叫转移', { f: { kinds: ['FLOW'] }, a: '2025-08-01T00:00:00+08:00' });
      expect(before.hits[0]!.versionId).not.toBe(after.hits[0]!.versionId);
      expect(before.hits[0]!.documentId).toBe(after.hits[0]!.documentId);
      expect((await find('呼叫转移', { a: '2024-06-01T00:00:00+08:00' })).totalCount).toBe(0);
    });

    it('a version scheduled for later appears at its instant without any job running', async () => {
      const chapter = (await app.ok('manager', CREATE_CHAPTER, {
        input: { number: 51, title: '第五十一章 星空值守', sections: [{ heading: '51.1 星空值守安排', body: '星空值守由值班主任统一调度。' }], changeNote: '起草' },
      })).createChapter.version;
      await publish(app, await submit(app, chapter), '2026-11-23T00:00:00+08:00');
      expect((await find('星空值守')).totalCount).toBe(0);
      expect((await find('星空值守', { a: '2026-11-23T00:00:00+08:00' })).totalCount).toBe(1);
      await app.ok('approver', RETIRE, { input: { documentId: chapter.documentId, reason: '取消', effectiveFrom: '2026-12-01T00:00:00+08:00' } });
      expect((await find('星空值守', { a: '2026-11-30T23:59:59+08:00' })).totalCount).toBe(1);
      expect((await find('星空值守', { a: '2026-12-01T00:00:00+08:00' })).totalCount).toBe(0);
    });

    it('drafts: never for agents; managers ask for them with statuses', async () => {
      const chapter = (await app.ok('manager', CREATE_CHAPTER, {
        input: { number: 52, title: '第五十二章 草稿机密', sections: [{ heading: '52.1 机密', body: '草稿阶段的机密安排。' }], changeNote: '起草' },
      })).createChapter.version;
      expect((await find('机密')).totalCount).toBe(0);
      // a draft does not exist for an agent, even one who asks for drafts (decision 0011)
      expect((await find('机密', { f: { statuses: ['DRAFT'] } })).totalCount).toBe(0);
      expect((await find('机密', { f: { statuses: ['DRAFT', 'PUBLISHED'] } })).totalCount).toBe(0);
      const drafts = await find('机密', { f: { statuses: ['DRAFT', 'IN_REVIEW'] } }, 'manager');
      expect(drafts.hits.map((h) => [h.versionId, h.status])).toEqual([[chapter.id, 'DRAFT']]);
      await submit(app, chapter);
      expect((await find('机密', { f: { statuses: ['IN_REVIEW'] } }, 'manager')).hits[0]!.status).toBe('IN_REVIEW');
    });
  });

  describe('filters, facets, pages', () => {
    it('facets count the matches per kind, channel, brand, business and flow class; filters narrow them', async () => {
      const all = await find('投诉');
      const count = (f: { value: string; count: number }[], value: string) => f.find((x) => x.value === value)?.count ?? 0;
      expect(all.facets.kinds.reduce((n, f) => n + f.count, 0)).toBe(all.totalCount);
      const flows = await find('投诉', { f: { kinds: ['FLOW'] } });
      expect(flows.totalCount).toBe(count(all.facets.kinds, 'FLOW'));
      const complaints = await find('投诉', { f: { flowClasses: ['COMPLAINT'] } });
      expect(complaints.hits.every((h) => h.kind === 'FLOW')).toBe(true);
      expect(complaints.totalCount).toBe(count(all.facets.flowClasses, 'COMPLAINT'));
      const sms = await find('投诉', { f: { channels: ['D'], businessCodes: ['3201'] } });
      expect(sms.totalCount).toBeGreaterThan(0);
      expect(all.facets.brands.length).toBeGreaterThan(0);
    });

    it("each facet leaves out its own filter, so the other values stay selectable with their counts", async () => {
      const all = await find('投诉');
      const phone = await find('投诉', { f: { channels: ['A'] } });
      expect(phone.facets.channels).toEqual(all.facets.channels); // the channel facet ignores the channel filter
      const phoneCount = all.facets.channels.find((f) => f.value === 'A')!.count;
      expect(phone.totalCount).toBe(phoneCount);
      expect(phone.facets.kinds.reduce((n, f) => n + f.count, 0)).toBe(phoneCount); // other facets apply it
      const phoneOrSms = await find('投诉', { f: { channels: ['A', 'D'] } });
      expect(phoneOrSms.totalCount).toBeGreaterThanOrEqual(phone.totalCount);
    });

    it('pages through every match once, best first', async () => {
      const first = await find('客户', { n: 10 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await find('客户', { n: 10, after: first.pageInfo.endCursor });
      const ids = [...first.hits, ...second.hits].map((h) => h.versionId);
      expect(new Set(ids).size).toBe(20);
      expect(first.hits[0]!.score).toBeGreaterThanOrEqual(first.hits[9]!.score);
      const whole = await find('客户', { n: 20 });
      expect(whole.hits.map((h) => h.versionId)).toEqual(ids);
      expect(second.totalCount).toBe(first.totalCount);
    });

    it('costs the same statements for a page of 5 or 50, any number of matches, with facets or without', async () => {
      const statements = async (query: string) => {
        if (meili) while ((await meili.worker.runOnce()) > 0);
        await app.runtime.search.log.flush(); // earlier searches' log, not this one's
        return (await app.statements('agent', query)).statements;
      };
      const page = (q: string, n: number) => `{ search(query: "${q}", first: ${n}) { totalCount edges { node { title snippet } } } }`;
      // each query asked once before (what agents taught it is remembered), then for pages it has not
      // been asked for (an answer asked again comes from the result cache, with no statement at all)
      const measured = async (q: string, query: string) => {
        await app.ok('agent', page(q, 1));
        return statements(query);
      };
      const small = await measured('客户', page('客户', 5));
      expect(await measured('客户', page('客户', 50))).toBe(small);
      expect(await measured('呼叫转移', page('呼叫转移', 50))).toBe(small);
      // the embedded engine counts facets in memory; Meilisearch in the search's own request
      expect(await measured('投诉', `{ search(query: "投诉", first: 50) { totalCount facets { kinds { value count } } } }`)).toBe(small);
    });

    it('the engine hands over one page and the total, not every match', async () => {
      const engine = meili ?? embeddedEngine(app.db);
      const { groups } = understand('客户', { vocabulary: null, codes: new Set(), businessCodes: new Set() });
      const query = { groups, statuses: ['PUBLISHED' as const, 'RETIRED' as const], asOf: new Date().toISOString(), filter: {}, code: null, preferred: [], match: 'all' as const };
      const page = await engine.search(query, { offset: 3, limit: 5 });
      expect(page.hits).toHaveLength(5);
      expect(page.total).toBeGreaterThan(20);
      const top = await engine.search(query, { offset: 0, limit: 8 });
      expect(page.hits.map((h) => h.id)).toEqual(top.hits.slice(3).map((h) => h.id));
    });

    it('a code comes first on the first page and only there', async () => {
      const first = await find('QRY-BALANCE', { n: 1 });
      expect(first.hits[0]!.code).toBe('QRY-BALANCE');
      if (first.pageInfo.hasNextPage) {
        const rest = await find('QRY-BALANCE', { n: 50, after: first.pageInfo.endCursor });
        expect(rest.hits.map((h) => h.code)).not.toContain('QRY-BALANCE');
      }
    });
  });

  describe('the search log', () => {
    it('records every search with who, filters, hits and latency, keeps zero-hit queries, and records clicks', async () => {
      const hit = await find('宽带');
      await find('zzqxvw');
      // a click can follow its search at once: the log is written first
      const click = `mutation($i: RecordSearchClickInput!) { recordSearchClick(input: $i) }`;
      expect((await app.ok('agent', click, { i: { queryId: hit.queryId, versionId: hit.hits[0]!.versionId } })).recordSearchClick).toBe(true);
      expect(await app.db.dataSource.getRepository(SearchClickRow).countBy({ queryId: hit.queryId })).toBe(1);
      expect(codeOf(await app.gql('agent', click, { i: { queryId: '00000000-0000-4000-8000-00000000ffff', versionId: hit.hits[0]!.versionId } }))).toBe('NOT_FOUND');
      // someone else's search is not found, as anything a user may not see (decision 0011)
      expect(codeOf(await app.gql('manager', click, { i: { queryId: hit.queryId, versionId: hit.hits[0]!.versionId } }))).toBe('NOT_FOUND');

      const logged = await app.db.dataSource.getRepository(SearchLogRow).findOneByOrFail({ id: hit.queryId });
      expect(logged).toMatchObject({ query: '宽带', userId: app.users.agent.id, hits: hit.totalCount, engine: name });
      expect(logged.latencyMs).toBeGreaterThanOrEqual(0);
      const zero = await app.db.dataSource.getRepository(SearchLogRow).findBy({ hits: 0 });
      expect(zero.map((z) => z.query)).toContain('zzqxvw');
    });

    it('writes the log together, shortly after the searches, not in each search', async () => {
      const logs = app.db.dataSource.getRepository(SearchLogRow);
      const searched = await Promise.all(['宽带', '话费', '投诉'].map((q) => find(q)));
      await app.runtime.search.log.flush();
      expect(await logs.countBy({ id: In(searched.map((s) => s.queryId)) })).toBe(3);
      const later = await find('宽带');
      await vi.waitFor(async () => expect(await logs.existsBy({ id: later.queryId })).toBe(true), { timeout: 2000, interval: 50 });
    });

    it('searchEngineStatus names the engine and counts what it holds; to agents, only the published versions in force', async () => {
      const { searchEngineStatus } = await app.ok('manager', `{ searchEngineStatus { engine documents pendingChanges lastSync } }`);
      expect(searchEngineStatus).toMatchObject({ engine: name, pendingChanges: 0 });
      expect(searchEngineStatus.documents).toBeGreaterThan(100);
      const { inForce } = await app.ok('agent', `{ inForce(asOf: "${app.clock.now().toISOString()}") { id } }`);
      const asAgent = (await app.ok('agent', `{ searchEngineStatus { documents } }`)).searchEngineStatus;
      expect(asAgent.documents).toBe(inForce.length);
      expect(asAgent.documents).toBeLessThan(searchEngineStatus.documents);
    });
  });

  describe.skipIf(name !== 'embedded')('a database from before search', () => {
    it('gets every version indexed at start-up, once', async () => {
      await app.db.writeSource.query('DELETE FROM search_fts');
      await app.db.writeSource.query('DELETE FROM search_scope');
      await app.db.writeSource.query('DELETE FROM search_entries');
      // as a server starting on such a database reads its index
      await app.runtime.search.warm();
      expect((await find('呼叫转移')).totalCount).toBe(0);
      const [{ n }] = await app.db.dataSource.query('SELECT COUNT(*) AS n FROM document_versions');
      expect(await app.runtime.search.indexMissing()).toBe(Number(n));
      expect(await app.runtime.search.indexMissing()).toBe(0);
      expect((await find('呼叫转移')).hits[0]!.code).toBe('QRY-CALL-FORWARD');
    });
  });
});
