import { command, print } from './command.js';

// Opening the application applies every pending migration.
await command(async ({ db }) => {
  const applied = await db.dataSource.query('SELECT COUNT(*) AS n FROM migrations');
  print(`database is up to date (${applied[0].n} migrations applied)`);
});
