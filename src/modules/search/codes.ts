import type { Db } from '../../db/database.js';
import { BusinessRow, TouchpointRow } from '../touchpoints/touchpoint.entity.js';
import { SearchEntryRow } from './search.entity.js';

/** Letters then digits (aaa1120, qry2): what a mistyped touchpoint or document code looks like once segmented. */
const CODE_LIKE = /^[a-z]+\d[a-z\d]*$/;
export const isCodeLike = (word: string) => CODE_LIKE.test(word);
const MIN_LENGTH = 5;
const MAX_CORRECTIONS = 3;

export type KnownCodes = ReturnType<typeof knownCodes>;

interface Codes {
  /** touchpoints, and documents with a published version: what anyone may be told of */
  published: Set<string>;
  /** and the codes of documents that exist only as drafts, for the roles that read drafts */
  all: Set<string>;
  /** the 4-digit business codes of the service map */
  business: Set<string>;
}

/** The document and touchpoint codes a database holds, lower-case, loaded once and kept until `forget` (after a write that may add one). */
export function knownCodes(db: Db) {
  let known: Promise<Codes> | undefined;

  async function load(): Promise<Codes> {
    const documents = await db.dataSource
      .getRepository(SearchEntryRow)
      .createQueryBuilder('e')
      .select('e.code', 'code')
      .addSelect(`MAX(CASE WHEN e.status IN ('PUBLISHED', 'RETIRED') THEN 1 ELSE 0 END)`, 'published')
      .where('e.code IS NOT NULL')
      .groupBy('e.code')
      .getRawMany<{ code: string; published: number | string }>();
    const touchpoints = (await db.dataSource.getRepository(TouchpointRow).find({ select: { code: true } })).map((t) => t.code.toLowerCase());
    const business = new Set((await db.dataSource.getRepository(BusinessRow).find({ select: { code: true } })).map((b) => b.code));
    const published = new Set([...touchpoints, ...documents.filter((d) => Number(d.published) === 1).map((d) => d.code.toLowerCase())]);
    return { published, all: new Set([...published, ...documents.map((d) => d.code.toLowerCase())]), business };
  }

  return {
    get(): Promise<Codes> {
      if (!known) {
        const loading = load();
        known = loading;
        loading.catch(() => {
          if (known === loading) known = undefined;
        });
      }
      return known;
    },
    forget(): void {
      known = undefined;
    },
  };
}

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz0123456789-'];

/** Every string one typo away from `word`: a character missing, swapped with the next, wrong, or extra. */
function oneTypoAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

/**
 * The known codes one typo away from `word`, in order. Spelling out the few hundred strings one
 * typo away and looking each up costs the same whether a thousand codes are known or a million.
 */
export function corrections(word: string, known: Set<string>, shape: { pattern?: RegExp; minLength?: number } = {}): string[] {
  const { pattern = CODE_LIKE, minLength = MIN_LENGTH } = shape;
  if (word.length < minLength || !pattern.test(word) || known.has(word)) return [];
  return [...oneTypoAway(word)]
    .filter((candidate) => known.has(candidate))
    .sort()
    .slice(0, MAX_CORRECTIONS);
}

/** The codes a searcher may be told of (a draft's code only to those who read drafts), and the business codes. */
export async function codesFor(codes: KnownCodes, options: { drafts: boolean }): Promise<{ codes: Set<string>; businessCodes: Set<string> }> {
  const { published, all, business } = await codes.get();
  return { codes: options.drafts ? all : published, businessCodes: business };
}
