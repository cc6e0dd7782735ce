import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A handbook chapter: a document of kind CHAPTER with its fixed place in the handbook. */
@Entity('chapters')
export class ChapterRow {
  @PrimaryColumn('varchar', { length: 36 })
  documentId: string;

  @Column('integer', { unique: true })
  number: number;
}
