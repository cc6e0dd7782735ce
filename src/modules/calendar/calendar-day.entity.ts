import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A day that departs from the weekday rule (Monday to Friday work): a public holiday, a make-up
 * working day (调休), or an admin's correction. Days without a row follow the rule.
 */
@Entity('work_calendar_days')
export class CalendarDayRow {
  /** YYYY-MM-DD in the hotline's time zone */
  @PrimaryColumn('varchar', { length: 10 })
  date: string;

  @Column('boolean')
  working: boolean;

  @Column('varchar', { length: 100, nullable: true })
  name: string | null;

  @Column('varchar', { length: 24 })
  updatedAt: string;
}
