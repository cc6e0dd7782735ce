import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { readConfig } from '../config.js';
import { openDb } from '../db/database.js';
import { meilisearchEngine } from '../modules/search/meilisearch-engine.js';
import { rebuildSearchEntries, sendAllToMeilisearch } from '../modules/search/reindex.js';

// Rebuild the search index from the database: the search entries (and the SQLite FTS index) always,
// and the Meilisearch index too when MEILI_HOST is set.
const config = readConfig();
const db = await openDb(config.databaseUrl);
const bar = (label: string) => new SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% · {eta_formatted} left`, hideCursor: true }, Presets.shades_classic);

const entries = bar('search entries');
const indexed = await rebuildSearchEntries(db, (done, total) => (done === 0 ? entries.start(total, 0) : entries.update(done)));
entries.stop();
console.log(`indexed ${indexed} versions (${db.dataSource.options.type === 'better-sqlite3' ? 'search entries + FTS5' : 'search entries'})`);

if (config.meili) {
  const meili = meilisearchEngine(db, config.meili);
  const sent = bar('meilisearch');
  const count = await sendAllToMeilisearch(db, meili, (done, total) => (done === 0 ? sent.start(total, 0) : sent.update(done)));
  sent.stop();
  console.log(`sent ${count} documents to Meilisearch at ${config.meili.host} (index ${config.meili.index})`);
}
await db.close();
