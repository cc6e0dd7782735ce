import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentKind } from './document-kind.js';

/** What every versioned document shares; each kind keeps its stable identity fields in a table of its own. */
@Entity('documents')
export class DocumentRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 16 })
  kind: DocumentKind;

  /** The stable code people use for it (a flow's QRY-BALANCE, a script's greeting-standard); unique per kind. */
  @Column('varchar', { length: 40, nullable: true })
  code: string | null;

  /** The one person answerable for it (a flow's owner). */
  @Column('varchar', { length: 36, nullable: true })
  ownerId: string | null;

  @Column('varchar', { length: 24 })
  createdAt: string;

  /** The instant the document stops being in force; may lie in the future. */
  @Column('varchar', { length: 24, nullable: true })
  retiredAt: string | null;

  @Column('text', { nullable: true })
  retiredReason: string | null;
}
