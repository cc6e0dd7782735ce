import 'reflect-metadata';
import { readConfig } from '../config.js';
import { openDb } from '../db/database.js';
import { verifyAuditChain } from '../modules/audit/audit.service.js';

const db = await openDb(readConfig().databaseUrl);
const result = await verifyAuditChain(db);
await db.close();
if (result.ok) {
  console.log(`audit trail intact: ${result.checked} entries checked`);
} else {
  console.error(`audit trail BROKEN at entry ${result.firstBrokenEntryId}: ${result.problem} (${result.checked} entries checked before it)`);
  process.exit(1);
}
