import { parseArgs } from 'node:util';
import { recoverAdmin } from '../modules/auth/auth.service.js';
import { systemActor } from '../shared/actor.js';
import { command, print, printError } from './command.js';

// npm run admin:token [-- --name <admin>]: a new token for an admin, for an operator with shell access
// who can no longer sign in as one. Printed once; only its hash is kept. Audited as the system.
const { values } = parseArgs({ options: { name: { type: 'string' }, label: { type: 'string', default: 'admin:token' } } });

await command(async ({ db, clock }) => {
  try {
    const { token, user, created } = await recoverAdmin(db, systemActor(clock), { name: values.name, label: values.label! });
    print(`${created ? 'created admin' : 'admin'} ${user.name}; new token (shown once): ${token}`);
  } catch (error) {
    printError(`admin:token: ${(error as Error).message}`);
    return 1;
  }
});
