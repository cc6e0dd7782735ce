import { badInput } from '../../shared/errors.js';
import { corrections, isCodeLike } from './codes.js';
import { lexicon, stopWords } from './dictionaries.js';
import type { Alternative, AlternativeSource, QueryGroup } from './engine.js';
import { matchLexicon } from './lexicon-match.js';
import { characterPairs, normalize, queryWords, shorterWords, withSynonyms } from './text.js';
import type { Vocabulary } from './vocabulary.js';

export const MAX_QUERY_LENGTH = 500;
const MAX_WORDS = 16;
const HAN = /\p{Script=Han}/u;
const BUSINESS_CODE = /^\d{4}$/;

/** What a query is read against: the index's words, and the codes the searcher may know of. */
export interface ReadingContext {
  /** null while the index's words are still being counted: the steps that need them are skipped */
  vocabulary: Vocabulary | null;
  /** document and touchpoint codes, lower-case */
  codes: Set<string>;
  /** 4-digit business codes */
  businessCodes: Set<string>;
}

export interface Understanding {
  groups: QueryGroup[];
  /** the query as a document code (QRY-BALANCE), if it could be one */
  code: string | null;
  /** what the engine understood, for the agent: words | alternatives / of / each */
  interpretedAs: string;
}

let meanings: Map<string, string[]> | undefined;

/** What a customer phrase of the lexicon means, as the documents say it. */
function meaningOf(phrase: string): string[] | undefined {
  if (!meanings) {
    meanings = new Map();
    for (const entry of lexicon()) for (const says of entry.says) meanings.set(says, [...new Set([...(meanings.get(says) ?? []), ...entry.means])]);
  }
  return meanings.get(phrase);
}

const alternative = (words: string[], source: AlternativeSource): Alternative => ({ words, source });
const segmented = new Map<string, string[]>();
/** A term as index words: segmented as the index segments it, unless it is one word already. */
function asWords(term: string, source: AlternativeSource): Alternative {
  let words = segmented.get(term);
  if (!words) {
    const cut = queryWords(term);
    words = cut.length > 1 ? cut : [term];
    // terms come from the synonyms and the lexicon: a bounded set
    segmented.set(term, words);
  }
  return alternative(words, source);
}

/**
 * Read a query the way agents type it mid-call: Chinese however it is cut, the customer's own words
 * (search/lexicon.yaml), pinyin joined, spaced or as initials, codes with a typo, a character typed
 * by its sound, a word no document holds — each query word becomes the ways it may appear in a
 * document. Function words (search/stopwords.txt) go, unless nothing else is left.
 */
export function understand(query: string, context: ReadingContext): Understanding {
  const text = query.trim();
  if (!text) throw badInput('query', 'is empty: type a word, a code or a number');
  if (text.length > MAX_QUERY_LENGTH) throw badInput('query', `is ${text.length} characters long; at most ${MAX_QUERY_LENGTH}`);
  const normalized = normalize(text);
  const tokens = [...new Set(queryWords(normalized))];
  if (tokens.length === 0) throw badInput('query', 'has no word, code or number in it');

  const stops = stopWords();
  const kept = tokens.filter((t) => !stops.has(t));
  const words = (kept.length > 0 ? kept : tokens).slice(0, MAX_WORDS);

  const pinyin = readPinyinRuns(words, normalized, context.vocabulary);
  const rest = words.filter((w) => !pinyin.used.has(w));
  // what the customer's words mean, as the documents say it: each word a lexicon phrase accounts for may appear as that meaning
  const meant = new Map<string, string[]>();
  for (const match of matchLexicon(normalized, rest, context.vocabulary)) for (const w of match.covers) meant.set(w, [...(meant.get(w) ?? []), ...match.means]);
  const groups = [...pinyin.groups, ...rest.map((w) => groupFor(w, context, meant.get(w) ?? []))];
  return { groups, code: codeOf(text), interpretedAs: describe(groups) };
}

/**
 * Runs of letters that read as pinyin of the index's words (hu jiao zhuan yi, zhangdan cx): one
 * group each, holding the letters as typed (the pinyin the index keeps for titles and headings)
 * and the Chinese words they spell.
 */
function readPinyinRuns(words: string[], normalized: string, vocabulary: Vocabulary | null): { groups: QueryGroup[]; used: Set<string> } {
  const groups: QueryGroup[] = [];
  const used = new Set<string>();
  if (!vocabulary) return { groups, used };
  for (const run of normalized.match(/[a-z]+(?: +[a-z]+)*/g) ?? []) {
    const letters = run.split(/ +/).filter((w) => words.includes(w));
    const joined = letters.join('');
    if (letters.length === 0 || vocabulary.df(joined) > 0 || letters.some((w) => vocabulary.df(w) > 0)) continue;
    const read = vocabulary.readPinyin(joined);
    if (!read) continue;
    for (const w of letters) used.add(w);
    groups.push([alternative([joined], 'typed'), alternative(read, 'reading')]);
  }
  return { groups, used };
}

function groupFor(word: string, context: ReadingContext, meanings: string[]): QueryGroup {
  const group: QueryGroup = [alternative([word], 'typed')];
  const add = (alt: Alternative) => {
    if (!group.some((g) => g.words.join(' ') === alt.words.join(' '))) group.push(alt);
  };
  // text cut into shorter words holds a long word as those words side by side
  const shorter = HAN.test(word) ? shorterWords(word) : null;
  if (shorter) add(alternative(shorter, 'typed'));
  for (const synonym of withSynonyms(word)) if (synonym !== word) add(asWords(synonym, 'synonym'));
  for (const term of [...(meaningOf(word) ?? []), ...meanings]) add(asWords(term, 'lexicon'));
  if (BUSINESS_CODE.test(word) && !context.businessCodes.has(word)) {
    for (const code of corrections(word, context.businessCodes, { pattern: BUSINESS_CODE, minLength: 4 })) add(alternative([code], 'correction'));
  } else if (isCodeLike(word)) {
    for (const code of corrections(word, context.codes)) add(alternative([code], 'correction'));
  }
  const { vocabulary } = context;
  if (vocabulary && HAN.test(word) && group.every((a) => a.source === 'typed') && vocabulary.df(word) === 0) {
    // no document holds the word: a word that sounds the same (a typo by pinyin input), else its character pairs
    const soundsLike = vocabulary.soundsLike(word);
    for (const similar of soundsLike) add(alternative([similar], 'correction'));
    if (soundsLike.length === 0 && [...word].length >= 2) add(alternative(characterPairs(word), 'fragments'));
  }
  return group;
}

/** The query as a document code (QRY-BALANCE, AAA1102), if it could be one: that document comes first. */
export const codeOf = (query: string): string | null => (/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(query.trim()) ? query.trim().toUpperCase() : null);

/** "待 处理 | 投诉 / 申诉 | hujiaozhuanyi / 呼叫 转移 | 打不出去 / 打不·不出·出去" */
const describe = (groups: QueryGroup[]) =>
  groups.map((alternatives) => alternatives.map((a) => a.words.join(a.source === 'fragments' ? '·' : ' ')).join(' / ')).join(' | ');
