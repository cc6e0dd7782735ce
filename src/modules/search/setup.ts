import type { Db } from '../../db/database.js';
import { embeddedEngine } from './embedded-engine.js';
import type { SearchEngine } from './engine.js';
import { type MeiliConfig, meilisearchEngine, startDispatcher } from './meilisearch-engine.js';

/**
 * The engine the server searches with: Meilisearch when configured (its settings applied, its
 * outbox drained in the background), else the embedded one. Meilisearch being down at start-up
 * only delays: changes wait in the outbox.
 */
export async function startSearch(db: Db, meili: MeiliConfig | undefined): Promise<{ engine: SearchEngine; stop(): void }> {
  if (!meili) return { engine: embeddedEngine(db), stop: () => undefined };
  const engine = meilisearchEngine(db, meili);
  await engine.applySettings().catch((error: unknown) => console.error(`[search] Meilisearch at ${meili.host} is not answering; changes wait in the outbox`, error));
  return { engine, stop: startDispatcher(() => engine.drain()) };
}
