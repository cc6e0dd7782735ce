import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { opensOf } from '../usage/usage-counts.js';

export function caseLoaders(db: Db) {
  const caseOpens = new DataLoader<string, number>(async (ids) => {
    const opens = await opensOf(db, ids);
    return ids.map((id) => opens.get(id) ?? 0);
  });
  return { caseOpens };
}
