import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A post of the centre (岗位): what flow steps name as responsible (一线客服代表, 班长, 后台支撑人员 …).
 * Registered once by its Chinese name; retired rather than deleted, so the registry can be read as
 * it stood at an instant.
 */
@Entity('centre_posts')
export class PostRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** the name flow steps use, exactly */
  @Column('varchar', { length: 100, unique: true })
  name: string;

  @Column('text')
  description: string;

  @Column('varchar', { length: 24 })
  registeredAt: string;

  /** from this instant the post no longer exists; null while it does */
  @Column('varchar', { length: 24, nullable: true })
  retiredAt: string | null;

  /** bumped by every write to the post or its holders; writers may name the revision they read */
  @Column('integer')
  revision: number;

  @Column('varchar', { length: 24 })
  updatedAt: string;
}

/** A user holding a post, from `assignedAt` until `unassignedAt` (null: still holds it). */
@Entity('centre_post_holders')
@Index(['postId', 'unassignedAt'])
@Index(['userId'])
export class PostHolderRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  postId: string;

  @Column('varchar', { length: 36 })
  userId: string;

  @Column('varchar', { length: 24 })
  assignedAt: string;

  @Column('varchar', { length: 24, nullable: true })
  unassignedAt: string | null;
}
