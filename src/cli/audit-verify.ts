import { verifyAuditChain } from '../modules/audit/audit.service.js';
import { command, print, printError } from './command.js';

await command(async ({ db }) => {
  const result = await verifyAuditChain(db);
  if (result.ok) {
    print(`audit trail intact: ${result.checked} entries checked`);
    return 0;
  }
  printError(`audit trail BROKEN at entry ${result.firstBrokenEntryId}: ${result.problem} (${result.checked} entries checked before it)`);
  return 1;
});
