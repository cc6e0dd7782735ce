import { describe, expect, it } from 'vitest';
import { understand } from '../../src/modules/search/understand.js';
import { matchLexicon } from '../../src/modules/search/lexicon-match.js';
import { Vocabulary } from '../../src/modules/search/vocabulary.js';

// How a query is read, against a small index vocabulary: each mechanism on words no test tunes for.
const vocabulary = new Vocabulary([
  { word: '呼叫转移', df: 3, named: true },
  { word: '呼叫', df: 5, named: true },
  { word: '转移', df: 4 },
  { word: '账单', df: 6, named: true },
  { word: '查询', df: 9, named: true },
  { word: '宽带', df: 7, named: true },
  { word: '报修', df: 3, named: true },
  { word: '话费', df: 8, named: true },
  { word: '余额', df: 5, named: true },
  { word: 'ivr', df: 4, named: true },
  { word: '停机', df: 3, named: true },
  { word: '欠费', df: 2 },
  { word: '打不', df: 1, pair: true },
]);
const read = (query: string) => understand(query, { vocabulary, codes: new Set(['aaa1102', 'qry-bill']), businessCodes: new Set(['1102', '3101']) });
const alternatives = (query: string) => read(query).groups.map((g) => g.map((a) => `${a.source}:${a.words.join(' ')}`));

describe('reading a query', () => {
  it('drops function words, but never all of them', () => {
    expect(read('我的话费怎么了').groups.map((g) => g[0]!.words.join(''))).toEqual(['话费']);
    expect(read('怎么了').groups.length).toBeGreaterThan(0);
  });

  it('reads pinyin joined, spaced or as initials across words as the Chinese it spells', () => {
    for (const typed of ['hujiaozhuanyi', 'hu jiao zhuan yi', 'hjzy']) expect(read(typed).interpretedAs).toContain('呼叫转移');
    expect(read('zdcx').interpretedAs).toBe('zdcx / 账单 查询');
    expect(read('kdbx').interpretedAs).toBe('kdbx / 宽带 报修');
    expect(read('ivr').groups[0]!.some((a) => a.source === 'reading')).toBe(false); // a word of the index is not read as pinyin
  });

  it('corrects a character typed by its sound when no document holds the word', () => {
    expect(alternatives('宽代')).toEqual([['typed:宽代', 'correction:宽带']]);
  });

  it('falls back to character pairs for a word no document holds and nothing sounds like', () => {
    expect(alternatives('巧克力')).toEqual([['typed:巧克力', 'fragments:巧克 克力']]);
  });

  it('corrects a business code or a document code with one typo', () => {
    expect(alternatives('1120')).toEqual([['typed:1120', 'correction:1102']]);
    expect(alternatives('1102')).toEqual([['typed:1102']]);
    expect(alternatives('aaa1120')).toEqual([['typed:aaa1120', 'correction:aaa1102']]);
  });

  it('adds what a customer phrase means, even when it is not typed word for word', () => {
    const interpreted = read('手机欠费被停了怎么办').interpretedAs;
    expect(interpreted).toMatch(/停机/);
  });

  it('looks for a long word also as the shorter words inside it', () => {
    expect(alternatives('呼叫转移查询')[0]).toContainEqual('typed:呼叫 转移 查询');
  });

  it('names a document code so that it comes first', () => {
    expect(read('QRY-BILL').code).toBe('QRY-BILL');
    expect(read('账单').code).toBeNull();
  });

  it('refuses an empty or overlong query, naming the field', () => {
    expect(() => read('  ')).toThrow(/query: is empty/);
    expect(() => read('话'.repeat(501))).toThrow(/query: is 501 characters long/);
  });
});

describe('the index vocabulary', () => {
  it('knows how many documents hold a word, and the words that sound like one', () => {
    expect(vocabulary.df('宽带')).toBe(7);
    expect(vocabulary.df('宽代')).toBe(0);
    expect(vocabulary.soundsLike('宽代')).toEqual(['宽带']);
    expect(vocabulary.pairDf('打不')).toBe(1);
  });
});

describe('matching the lexicon', () => {
  it('counts a pair every document holds for little: what documents never say tells a customer phrase apart', () => {
    // 手机上网慢 (→ 网络质量) shares only 手机 with this query; when every document says 手机, that is no match
    const query = '手机上没收到那个码';
    const everywhere = new Vocabulary(
      ['手机', '机上'].map((word) => ({ word, df: 100, pair: true })),
      100,
    );
    const nowhere = new Vocabulary([], 100);
    const means = (v: Vocabulary) => matchLexicon(query, ['手机', '没收', '到', '那个', '码'], v).flatMap((m) => m.means);
    expect(means(nowhere)).toContain('网络质量');
    expect(means(everywhere)).not.toContain('网络质量');
    expect(everywhere.pairRarity('手机')).toBe(0);
    expect(nowhere.pairRarity('手机')).toBe(1);
  });
});
