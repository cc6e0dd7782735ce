import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { corrections } from '../../src/modules/search/codes.js';
import { snippet } from '../../src/modules/search/snippet.js';
import { needsConversion, normalize, wordTails } from '../../src/modules/search/text.js';
import { projectRoot } from '../../src/shared/project-root.js';

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
const alwaysConverted = (text: string) => convert(text.normalize('NFKC')).toLowerCase();

// every line of Chinese the product ships: seeds, flows, synonyms and judgements
const shipped = () =>
  ['seeds', 'seeds/flows', 'search']
    .flatMap((dir) => readdirSync(path.join(projectRoot(), dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(projectRoot(), dir, f)))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'));

describe('normalize', () => {
  it('turns traditional characters, full-width forms and capitals into simplified, half-width, lower case', () => {
    expect(normalize('我們的服務熱線ＡＡＡ１１０２')).toBe('我们的服务热线aaa1102');
    expect(normalize('軟體與網路')).toBe(alwaysConverted('軟體與網路'));
  });

  it('gives what always converting would, for every line the product ships, traditional versions included', () => {
    const lines = shipped();
    expect(lines.length).toBeGreaterThan(1000);
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const differing = [...lines, ...lines.map((l) => toTraditional(l)), '不瞭解', '一目瞭然'].filter((line) => normalize(line) !== alwaysConverted(line));
    expect(differing).toEqual([]);
  });

  it('leaves simplified text alone without running the converter', () => {
    expect(needsConversion('客户来电查询待处理的账单 AAA1102')).toBe(false);
    expect(needsConversion('客戶來電')).toBe(true);
  });
});

describe('snippet', () => {
  it('marks every match in the text as written, escaped, around the first match', () => {
    expect(snippet('客户来电查询<账单>，账单有误', [['账单']])).toBe('客户来电查询&lt;<mark>账单</mark>&gt;，<mark>账单</mark>有误');
  });

  it('finds simplified words in traditional text and marks the original characters', () => {
    expect(snippet('客戶來電查詢帳單', [['客户']])).toBe('<mark>客戶</mark>來電查詢帳單');
  });

  it('marks the text as written when folding changes its length (…… and ㎡ widen, full-width letters shrink case)', () => {
    expect(snippet('请稍候……客户ＡＡＡ１１０２业务已处理', [['aaa1102']])).toBe('请稍候……客户<mark>ＡＡＡ１１０２</mark>业务已处理');
    expect(snippet('机房面积 20㎡……以内', [['m2']])).toBe('机房面积 20<mark>㎡</mark>……以内');
  });

  it('marks whole characters when some widen and others shrink, marks join their letter, and pairs stay whole', () => {
    expect(snippet('ｶﾞｲﾄﾞ…客户', [['ガイド']])).toBe('<mark>ｶﾞｲﾄﾞ</mark>…客户');
    expect(snippet('ﬁ 客户 𝐀 来电', [['客户']])).toBe('ﬁ <mark>客户</mark> 𝐀 来电');
    expect(snippet('𝐀𝐁 客户 ﬁﬁ', [['ab']])).toBe('<mark>𝐀𝐁</mark> 客户 ﬁﬁ');
    expect(snippet('Cafe\u0301 客户', [['café']])).toBe('<mark>Cafe\u0301</mark> 客户');
  });

  it('shows every shipped line as written, whatever folding does to it', () => {
    const unmarked = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const wrong = shipped()
      .map((line) => line.replace(/\s+/g, ' ').slice(0, 80).trim())
      .filter((line) => line.length > 2)
      .filter((line) => {
        const word = normalize(line).slice(1, 3); // a word from inside the line, as a query would give it
        const shown = snippet(line, [[word]]);
        return unmarked(shown) !== line || !shown.includes('<mark>');
      });
    expect(wrong).toEqual([]);
  });

  it('converts only when a word is missing: 答复 found as 答覆 in otherwise simplified text', () => {
    expect(snippet('请在两小时内答覆客户，覆盖全部问题', [['答复'], ['客户']])).toBe('请在两小时内<mark>答覆</mark><mark>客户</mark>，覆盖全部问题');
  });
});

describe('code corrections', () => {
  const known = new Set(['aaa1102', 'aab1102', 'aaa1201', 'qry-balance']);

  it('find the codes one typo away: swapped, wrong, missing or extra character', () => {
    expect(corrections('aaa1120', known)).toEqual(['aaa1102']);
    expect(corrections('aaa1103', known)).toEqual(['aaa1102']);
    expect(corrections('aaa110', known)).toEqual(['aaa1102']);
    expect(corrections('aaa11022', known)).toEqual(['aaa1102']);
    expect(corrections('aac1102', known)).toEqual(['aaa1102', 'aab1102']);
  });

  it('leave known codes, far codes, short words and words that are not codes alone', () => {
    expect(corrections('aaa1102', known)).toEqual([]);
    expect(corrections('abc9999', known)).toEqual([]);
    expect(corrections('a1102', new Set(['a1103']))).toEqual(['a1103']);
    expect(corrections('a110', new Set(['a111']))).toEqual([]);
    expect(corrections('10086', new Set(['10087']))).toEqual([]);
    expect(corrections('投诉处理', new Set(['投诉处置']))).toEqual([]);
  });
});

describe('wordTails', () => {
  it('starts at every word, and at the short words inside a long one', () => {
    const tails = wordTails('服务质量投诉处理流程');
    expect(tails[0]).toBe('服务质量投诉处理流程');
    expect(tails).toContain('质量投诉处理流程');
    expect(tails).toContain('投诉处理流程');
    expect(tails).not.toContain('务质量投诉处理流程');
  });

  it('drops spaces and punctuation-only words', () => {
    expect(wordTails('QRY-BILL 话费查询')).toEqual(expect.arrayContaining(['qry-bill话费查询', '话费查询']));
  });
});
