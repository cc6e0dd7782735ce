import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Db } from '../../db/database.js';
import { TokenRow } from './token.entity.js';
import { UserRow } from './user.entity.js';

export function userLoaders(db: Db) {
  const userById = new DataLoader<string, UserRow | null>(async (ids) => {
    const rows = await db.dataSource.getRepository(UserRow).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
  const tokensByUser = new DataLoader<string, TokenRow[]>(async (userIds) => {
    const rows = await db.dataSource.getRepository(TokenRow).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
    return userIds.map((id) => rows.filter((r) => r.userId === id));
  });
  return { userById, tokensByUser };
}
