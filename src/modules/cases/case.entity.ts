import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How often a case was opened: what shows which cases agents rely on. */
@Entity('case_opens')
export class CaseOpensRow {
  @PrimaryColumn('varchar', { length: 36 })
  documentId: string;

  @Column('integer')
  opens: number;

  @Column('varchar', { length: 24 })
  lastOpenedAt: string;
}
