import { Presets, SingleBar } from 'cli-progress';
import { rebuildMeilisearch, rebuildSearchEntries } from '../modules/search/reindex.js';
import { command, print } from './command.js';

// Rebuild the search index from the database: the search entries (and the SQLite FTS index) always,
// and the Meilisearch index too when MEILI_HOST is set.
const bar = (label: string) => new SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% · {eta_formatted} left`, hideCursor: true }, Presets.shades_classic);
const show = (b: SingleBar) => (done: number, total: number) => (done === 0 ? b.start(total, 0) : b.update(done));

await command(async ({ db, search }, config) => {
  const entries = bar('search entries');
  const indexed = await rebuildSearchEntries(db, show(entries));
  entries.stop();
  print(`indexed ${indexed} versions (${db.dataSource.options.type === 'better-sqlite3' ? 'search entries + FTS5' : 'search entries'})`);
  if (!search.meili || !config.meili) return;
  const sent = bar('meilisearch');
  const refused = await rebuildMeilisearch(db, search.meili, show(sent));
  sent.stop();
  print(`sent every entry to Meilisearch at ${config.meili.host} (index ${config.meili.index})${refused ? `; ${refused} refused, waiting in the outbox (see searchEngineStatus.lastError)` : ''}`);
});
