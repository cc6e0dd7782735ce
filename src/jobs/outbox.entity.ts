import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message for another system (Meilisearch, a webhook receiver, …), written in the transaction of
 * the change it reports and carried over by the topic's worker (outbox-worker.ts). A row is
 * deleted once delivered; while it waits it counts its attempts and says why the last one failed.
 */
@Entity('outbox')
@Index(['topic', 'nextAttemptAt'])
@Index(['topic', 'key', 'id'])
export class OutboxRow {
  /** the order messages were written in; messages with the same key are delivered in this order */
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { length: 60 })
  topic: string;

  /** what the message is about (a version id, …): one key's messages never overtake each other */
  @Column('varchar', { length: 200 })
  key: string;

  /** JSON */
  @Column('text')
  payload: string;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('varchar', { length: 24 })
  nextAttemptAt: string;

  /** while a worker holds the message: until when, and the worker's lease */
  @Column('varchar', { length: 24, nullable: true })
  leasedUntil: string | null;

  @Column('varchar', { length: 36, nullable: true })
  leaseId: string | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('varchar', { length: 24 })
  createdAt: string;
}
