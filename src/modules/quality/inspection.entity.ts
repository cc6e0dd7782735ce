import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A quality inspection of one real call (流程穿越): the touchpoint and instant of the call, the flow
 * version in force there and then (resolved when recorded, never typed in), the agent's post, and
 * whether every step was followed.
 */
@Entity('quality_inspections')
@Index(['callAt'])
@Index(['documentId', 'versionId'])
export class InspectionRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 7 })
  touchpointCode: string;

  @Column('varchar', { length: 24 })
  callAt: string;

  /** the flow claiming the touchpoint at callAt */
  @Column('varchar', { length: 36 })
  documentId: string;

  /** its version in force at callAt */
  @Column('varchar', { length: 36 })
  versionId: string;

  /** the agent's post, as registered (centre_posts.name) */
  @Column('varchar', { length: 100 })
  agentPost: string;

  /** no deviation recorded: every step of the version was followed */
  @Column('boolean')
  compliant: boolean;

  @Column('text')
  note: string;

  @Column('varchar', { length: 36, nullable: true })
  exceptionId: string | null;

  /** the complaint's reference (a work-order number) when the call came from one */
  @Column('varchar', { length: 50, nullable: true })
  complaintRef: string | null;

  @Column('varchar', { length: 36 })
  inspectorId: string;

  @Column('varchar', { length: 24 })
  recordedAt: string;
}

/** A step of the inspected version that was not followed, with what happened instead. */
@Entity('quality_deviations')
export class DeviationRow {
  @PrimaryColumn('varchar', { length: 36 })
  inspectionId: string;

  @PrimaryColumn('varchar', { length: 40 })
  stepKey: string;

  /** the order it was listed in */
  @Column('integer')
  position: number;

  @Column('text')
  description: string;
}

/** Quality settings, one row: the compliance-rate target (流程规范率). */
@Entity('quality_settings')
export class QualitySettingsRow {
  @PrimaryColumn('integer')
  id: number;

  /** the target in basis points (7800 = 78 %, what the source centre aimed at): exact on every database */
  @Column('integer')
  complianceTargetBp: number;

  @Column('integer')
  revision: number;

  @Column('varchar', { length: 24 })
  updatedAt: string;
}
