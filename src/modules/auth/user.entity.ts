import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ROLES = ['AGENT', 'PROCESS_MANAGER', 'APPROVER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

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
