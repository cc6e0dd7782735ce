import { Presets, SingleBar } from 'cli-progress';
import { isSqlite } from '../db/database.js';
import { rebuildMeilisearch, rebuildSearchEntries } from '../modules/search/reindex.js';
import { command, print } from './command.js';

// Rebuild the search index from the database: the search entries (and the SQLite FTS index) always,
// and the Meilisearch index too when MEILI_HOST is set.
const bar = (label: string) => new SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% · {eta_formatted} left`, hideCursor: true }, Presets.shades_classic);
const show = (b: SingleBar) => (done: number, total: number) => (done === 0 ? b.start(total, 0) : b.update(done));

await command(async ({ db, search }, config) => {
  const entries = bar('search entries');
  const indexed = await rebuildSearchEntries(search, show(entries));
  entries.stop();
  print(`indexed ${indexed} versions (${isSqlite(db.dataSource) ? 'search entries + FTS5' : 'search entries'})`);
  const { meili } = search;
  if (!meili || !config.meili) return;
  const sent = bar('meilisearch');
  const left = await rebuildMeilisearch({ ...search, meili }, show(sent));
  sent.stop();
  const documents = (await meili.status()).documents;
  print(`Meilisearch at ${config.meili.host} (index ${config.meili.index}) holds ${documents} documents${left ? `; ${left} changes wait in the outbox (see searchEngineStatus.lastError)` : ''}`);
});
