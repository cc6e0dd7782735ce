import { describeSeed, seedDatabase } from '../../seeds/loader.js';
import { command, print } from './command.js';

// With MEILI_HOST set, the seeded versions are queued for Meilisearch; a running server's worker sends them.
await command(async ({ db, clock }, config) => {
  const result = await seedDatabase(db, { demoUsers: !config.production, clock });
  print(`seeded ${describeSeed(result)} (what existed was left as it was)`);
});
