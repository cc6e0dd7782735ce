import { describe, expect, it } from 'vitest';
import '../../src/modules/kinds.js';
import { isCodeLike } from '../../src/modules/search/codes.js';
import { facetCounts, meiliQueryText, meiliSettings, OPEN_END, scopeFilter, statusFilter, toMeiliDocument } from '../../src/modules/search/meilisearch-mapping.js';
import type { SearchEntryRow } from '../../src/modules/search/search.entity.js';
import { synonymGroups } from '../../src/modules/search/text.js';
import { kindDefinition } from '../../src/modules/versioning/kind.js';

// What the Meilisearch engine sends and asks, without a server; the engine against a real server is
// covered by the contract suite in test/api/search.test.ts when MEILI_HOST is set.

const entry = (over: Partial<SearchEntryRow> = {}): SearchEntryRow => ({
  id: 7,
  versionId: 'v-1',
  documentId: 'd-1',
  kind: 'FLOW',
  code: 'QRY-BILL',
  status: 'PUBLISHED',
  effectiveFrom: '2025-01-01T00:00:00.000Z',
  effectiveTo: null,
  title: '账单及详单查询流程',
  body: '客户来电查询待处理的账单',
  headings: '核实身份\n查询详单',
  keywords: 'QRY-BILL AAA1102',
  channels: ' A ',
  brands: ' A B ',
  businessCodes: ' 1102 ',
  flowClass: 'QUERY',
  ...over,
});

describe('Meilisearch settings', () => {
  it('come from search/meilisearch.json, with the synonym groups as symmetric synonyms', () => {
    const { primaryKey, settings } = meiliSettings();
    expect(primaryKey).toBe('id');
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['status', 'effectiveFrom', 'effectiveTo', 'code', 'kind', 'channels', 'brands', 'businessCodes', 'flowClass']));
    expect(settings.searchableAttributes![0]).toBe('titleTokens');
    expect(settings.synonyms!['回访']).toEqual(expect.arrayContaining(['回拨']));
    expect(settings.synonyms!['回拨']).toEqual(expect.arrayContaining(['回访']));
    expect(settings.synonyms!['回访']).not.toContain('回访');
  });
});

describe('Meilisearch filters', () => {
  it('turn asOf into numeric conditions on the window, for published versions', () => {
    expect(statusFilter({ statuses: ['PUBLISHED', 'RETIRED'], asOf: '2026-03-01T00:00:00.000Z' })).toBe(
      `(status IN ["PUBLISHED", "RETIRED"] AND effectiveFrom <= ${Date.parse('2026-03-01T00:00:00.000Z')} AND effectiveTo > ${Date.parse('2026-03-01T00:00:00.000Z')})`,
    );
  });

  it('take open versions by status alone', () => {
    expect(statusFilter({ statuses: ['DRAFT', 'IN_REVIEW'], asOf: '2026-03-01T00:00:00.000Z' })).toBe('status IN ["DRAFT", "IN_REVIEW"]');
    expect(statusFilter({ statuses: ['DRAFT', 'PUBLISHED'], asOf: '2026-03-01T00:00:00.000Z' })).toMatch(/^\(status IN \["PUBLISHED"\] AND .*\) OR status IN \["DRAFT"\]$/);
  });
});

describe('Meilisearch scope filters and facets', () => {
  const filter = { kinds: ['FLOW' as const], channels: ['A', 'D'], businessCodes: ['1102'], brands: [], flowClasses: null };

  it('AND the filter per facet, any of its values matching, and skip empty ones', () => {
    expect(scopeFilter(filter)).toEqual(['kind IN ["FLOW"]', 'channels IN ["A", "D"]', 'businessCodes IN ["1102"]']);
    expect(scopeFilter({})).toEqual([]);
  });

  it('leave out the facet being counted, so its other values keep their counts', () => {
    expect(scopeFilter(filter, 'channels')).toEqual(['kind IN ["FLOW"]', 'businessCodes IN ["1102"]']);
  });

  it('quote values, so a filter value cannot change the expression', () => {
    expect(scopeFilter({ channels: ['A" OR status = "DRAFT'] })).toEqual(['channels IN ["A\\" OR status = \\"DRAFT"]']);
  });

  it('turn facetDistribution into counts, most first, every facet present', () => {
    expect(facetCounts({ channels: { B: 2, A: 2, D: 5 } })).toEqual({
      kinds: [],
      channels: [{ value: 'D', count: 5 }, { value: 'A', count: 2 }, { value: 'B', count: 2 }],
      brands: [],
      businessCodes: [],
      flowClasses: [],
    });
  });
});

describe('Meilisearch documents', () => {
  it('carry pre-segmented text (search mode), title pinyin, arrays for filters and numeric instants', () => {
    const doc = toMeiliDocument(entry());
    expect(doc.bodyTokens.split(' ')).toEqual(expect.arrayContaining(['处理', '待处理', '账单']));
    expect(doc.pinyin.split(' ')).toEqual(expect.arrayContaining(['zhangdan', 'zd']));
    expect(doc).toMatchObject({ channels: ['A'], brands: ['A', 'B'], businessCodes: ['1102'], effectiveFrom: Date.parse('2025-01-01T00:00:00.000Z'), effectiveTo: OPEN_END });
    expect(doc.keywordTokens).toContain('aaa1102');
    expect(doc.pinyin.split(' ')).toEqual(expect.arrayContaining(['chaxunxiangdan', 'cxxd', 'hssf'])); // headings too, joined
    expect(doc.gramTokens.split(' ')).toEqual(expect.arrayContaining(['待处', '处理']));
    expect(doc.prior).toBe(kindDefinition('FLOW').searchPrior);
  });

  const typed = (...words: string[]) => ({ words, source: 'typed' as const });
  it('are queried with each word segmented, synonyms and the lexicon left to Meilisearch', () => {
    expect(meiliQueryText([[typed('投诉'), { words: ['申诉'], source: 'synonym' }], [typed('待', '处理')]])).toBe('投诉 待 处理');
  });

  it('send a mistyped code as the code it is one typo away from, a sound-alike as the word it sounds like, pinyin as the Chinese it spells', () => {
    expect(meiliQueryText([[typed('aaa1120'), { words: ['aaa1102'], source: 'correction' }], [typed('账单')]])).toBe('aaa1102 账单');
    expect(meiliQueryText([[typed('aaa1120')]])).toBe('aaa1120');
    expect(meiliQueryText([[typed('胡叫'), { words: ['呼叫'], source: 'correction' }]])).toBe('呼叫');
    expect(meiliQueryText([[typed('hjzy'), { words: ['呼叫', '转移'], source: 'reading' }]])).toBe('呼叫 转移');
    expect(meiliQueryText([[typed('打不出去'), { words: ['打不', '不出', '出去'], source: 'fragments' }]])).toBe('打不 不出 出去');
  });

  it('rely on code-like words having no synonyms (their other alternatives are corrections)', () => {
    expect(synonymGroups().flat().filter(isCodeLike)).toEqual([]);
  });
});
