import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../../shared/actor.js';

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
}
