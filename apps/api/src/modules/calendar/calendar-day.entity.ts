import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/**
 * An admin's override of the shipped holiday data: a statutory holiday or a make-up working day.
 * The State Council publishes each coming year's schedule in winter; admins enter it here.
 */
@Entity()
export class CalendarDay {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 10 })
  kind: CalendarDayKind;

  @Column({ type: 'varchar', length: 50, nullable: true })
  name: string | null;
}
