import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An API token; only its SHA-256 hash is stored, the plaintext is shown once when issued. */
@Entity('api_tokens')
export class TokenRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Index()
  @Column('varchar', { length: 36 })
  userId: string;

  @Column('varchar', { length: 64, unique: true })
  tokenHash: string;

  @Column('varchar', { length: 100 })
  label: string;

  @Column('varchar', { length: 24 })
  createdAt: string;

  @Column('varchar', { length: 24, nullable: true })
  revokedAt: string | null;

  /** when it stops working; null: never */
  @Column('varchar', { length: 24, nullable: true })
  expiresAt: string | null;
}
