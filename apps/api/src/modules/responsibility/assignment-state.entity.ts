import type { TaskStatus } from '@lvze/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns.js';

/**
 * An assignment's status as the alert sweep last evaluated it, and until when it holds. The
 * dashboard counts these with GROUP BY instead of running the status rules over every assignment,
 * and the sweep skips the assignment until then. It holds only while its basis is what it was: the
 * versions of the assignment (bumped by every update and review), of its item (period and due rule)
 * and of its campaign (thresholds), and the working-day calendar's stamp.
 */
@Entity()
export class AssignmentState {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  assignmentId: string;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  /** The instant evaluated: only updates and reviews filed by then counted. */
  @DateTimeColumn()
  evaluatedAt: Date;

  /** When the status or the alerts may next change by the passing of time alone (AlertRecheck). */
  @DateTimeColumn()
  recheckAt: Date;

  @Column({ type: 'integer' })
  assignmentVersion: number;

  @Column({ type: 'integer' })
  itemVersion: number;

  @Column({ type: 'integer' })
  campaignVersion: number;

  @Column({ type: 'varchar', length: 40 })
  calendarStamp: string;
}

/**
 * SQL condition: the state `s` of assignment `a` (item `i`) still holds at :asOf, with the
 * parameters of stateHoldsAt.
 */
export const STATE_HOLDS =
  's.assignment_version = a.version AND s.item_version = i.version AND s.campaign_version = :campaignVersion' +
  ' AND s.calendar_stamp = :calendarStamp AND s.evaluated_at <= :asOf AND s.recheck_at > :asOf';

export const stateHoldsAt = (campaign: { version: number }, calendarStamp: string, asOf: Date) => ({
  campaignVersion: campaign.version,
  calendarStamp,
  asOf,
});
