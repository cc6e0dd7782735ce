import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A manager's confirmation that a version in force is still right: it restarts the review interval without a new version. */
@Entity('version_verifications')
@Index(['versionId', 'verifiedAt'])
export class VerificationRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  versionId: string;

  @Column('varchar', { length: 36 })
  documentId: string;

  @Column('varchar', { length: 24 })
  verifiedAt: string;

  @Column('varchar', { length: 36 })
  verifiedById: string;

  @Column('text')
  note: string;
}
