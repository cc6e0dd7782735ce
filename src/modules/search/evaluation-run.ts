import { In } from 'typeorm';
import { systemActor } from '../../shared/actor.js';
import { systemClock } from '../../shared/clock.js';
import { ChapterRow } from '../handbook/chapter.entity.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { type SearchEngine, searchWords } from './engine.js';
import { type Evaluation, evaluate, readJudgements } from './evaluation.js';
import { SearchEntryRow } from './search.entity.js';
import type { SearchRuntime } from './search.runtime.js';
import { readQuery } from './search.service.js';

/** enough for nDCG@10, with room for several versions of one document */
const RANKED = 30;

/** The judgements against one engine over the database's documents, as in force at `asOf`, queried as the API queries it. */
export async function evaluateEngine(search: SearchRuntime, engine: SearchEngine, asOf: string): Promise<Evaluation> {
  const { db } = search;
  const documents = await db.dataSource.getRepository(DocumentRow).find();
  const chapters = new Map((await db.dataSource.getRepository(ChapterRow).find()).map((c) => [c.documentId, c.number]));
  const refOf = new Map(documents.map((d) => [d.id, d.kind === 'CHAPTER' ? `CHAPTER:${chapters.get(d.id)}` : `${d.kind}:${d.code}`]));
  const judgements = readJudgements();
  const known = new Set(refOf.values());
  const unknown = [...new Set(judgements.flatMap((j) => j.relevant))].filter((r) => !known.has(r));
  if (unknown.length > 0) throw new Error(`search/judgements.yaml names documents the corpus does not hold: ${unknown.join(', ')}`);
  return evaluate(engine.name, judgements, async (query) => {
    const { query: asked } = await readQuery(search, systemActor(systemClock), { query, asOf });
    const { hits } = await searchWords(engine, asked, { offset: 0, limit: RANKED });
    const documentOf = new Map((await db.dataSource.getRepository(SearchEntryRow).findBy({ id: In(hits.map((h) => h.id)) })).map((e) => [e.id, e.documentId]));
    return [...new Set(hits.map((h) => refOf.get(documentOf.get(h.id)!)!))];
  });
}
