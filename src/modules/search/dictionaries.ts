import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../shared/project-root.js';
import { normalize } from './normalize.js';

// The words search knows beyond its index, kept in search/ beside the code (search/README.md):
// synonyms between domain terms, the customers' words for them, and the words a query can do without.

const file = (name: string) => readFileSync(path.join(projectRoot(), 'search', name), 'utf8');

const synonymFile = z.array(z.array(z.string().min(1)).min(2));

/** The synonym groups in search/synonyms.yaml, shared by both engines. */
export function synonymGroups(): string[][] {
  return synonymFile.parse(parse(file('synonyms.yaml'))).map((g) => g.map(normalize));
}

const lexiconFile = z.array(z.object({ topic: z.string().min(1), says: z.array(z.string().min(1)).min(1), means: z.array(z.string().min(1)).min(1) }));
export type LexiconEntry = z.infer<typeof lexiconFile>[number];

let lexiconEntries: LexiconEntry[] | undefined;

/** search/lexicon.yaml: what customers say, and the terms the documents use for it. */
export function lexicon(): LexiconEntry[] {
  lexiconEntries ??= lexiconFile.parse(parse(file('lexicon.yaml'))).map((e) => ({ topic: e.topic, says: e.says.map(normalize), means: e.means.map(normalize) }));
  return lexiconEntries;
}

let stops: Set<string> | undefined;

/** search/stopwords.txt: words that never match or rank on their own. */
export function stopWords(): Set<string> {
  stops ??= new Set(
    file('stopwords.txt')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map(normalize),
  );
  return stops;
}

/** Words jieba must know so that the index and queries cut them whole: synonyms, and both sides of the lexicon. */
export const dictionaryWords = () => [...new Set([...synonymGroups().flat(), ...lexicon().flatMap((e) => [...e.says, ...e.means])])];

/** Changes whenever a file that shapes the index changes: the index is then rebuilt at start-up. */
export const dictionaryFingerprint = () =>
  createHash('sha256')
    .update(['synonyms.yaml', 'lexicon.yaml', 'stopwords.txt'].map(file).join('\0'))
    .digest('hex')
    .slice(0, 16);
