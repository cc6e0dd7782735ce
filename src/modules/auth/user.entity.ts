import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../../shared/actor.js';

import type { Post } from './posts.js';

export { POSTS, type Post } from './posts.js';

@Entity('users')
export class UserRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 100, unique: true })
  name: string;

  @Column('varchar', { length: 20 })
  role: Role;

  @Column('varchar', { length: 24 })
  createdAt: string;

  @Column('varchar', { length: 20, nullable: true })
  post: Post | null;

  /** who this user answers to: the first step of an escalation */
  @Column('varchar', { length: 36, nullable: true })
  supervisorId: string | null;

  /** who takes over this user's open work when they are deactivated */
  @Column('varchar', { length: 36, nullable: true })
  fallbackId: string | null;

  /** set when the user was deactivated: they can no longer sign in, and own nothing */
  @Column('varchar', { length: 24, nullable: true })
  deactivatedAt: string | null;
}
