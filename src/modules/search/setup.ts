import type { Db } from '../../db/database.js';
import { embeddedEngine } from './embedded-engine.js';
import type { SearchEngine } from './engine.js';
import { type MeiliConfig, meilisearchEngine } from './meilisearch-engine.js';
import { startDispatcher } from './meilisearch-outbox.js';

/**
 * The engine the server searches with: Meilisearch when configured, else the embedded one. Open it
 * before writing anything (seeding included): from then on, changes are queued for Meilisearch.
 * `start` applies the index settings and drains the outbox in the background; Meilisearch being
 * down only delays: changes wait in the outbox, and the settings go on before the first of them.
 */
export function openSearch(db: Db, meili: MeiliConfig | undefined): { engine: SearchEngine; start(): Promise<() => void> } {
  if (!meili) return { engine: embeddedEngine(db), start: () => Promise.resolve(() => undefined) };
  const engine = meilisearchEngine(db, meili);
  return {
    engine,
    async start() {
      await engine.connect().catch((error: unknown) => console.error(`[search] Meilisearch at ${meili.host} is not answering; changes wait in the outbox`, error));
      return startDispatcher(() => engine.drain());
    },
  };
}
