import type { Db } from '../../db/database.js';
import { expectTouchpoint } from '../touchpoints/touchpoints.service.js';

export const TOUCHPOINT_ARG = 'the touchpoint the agent is serving (e.g. AAA1102): the usage reports count the read there; must be on the service map';

/** The touchpoint a read names, checked (malformed or unknown is refused naming `touchpointCode`); null when it names none. */
export async function readTouchpoint(db: Db, code: string | null | undefined): Promise<string | null> {
  if (code === null || code === undefined) return null;
  await expectTouchpoint(db.dataSource.manager, code, 'touchpointCode');
  return code;
}
