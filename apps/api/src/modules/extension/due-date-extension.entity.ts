import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, DateTimeColumn, IdColumn, RowVersionColumn } from '../../core/database/columns.js';

export const EXTENSION_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/**
 * A unit's request for a later due date (延期申请) on a task, and the decision on it. Approval
 * moves the task's due date; the original stays here. While PENDING, escalation pauses.
 */
@Entity()
@Index(['taskId', 'requestedAt'])
@Index(['unitId', 'status'])
export class DueDateExtension {
  /** UUIDv7: sorts in request order. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  taskId: string;

  /** The unit asking: the task's lead unit. */
  @IdColumn()
  unitId: string;

  /** The task's id while the request is PENDING, else null: the unique index allows one pending request per task. */
  @Index({ unique: true })
  @IdColumn({ nullable: true })
  pendingKey: string | null;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  status: ExtensionStatus;

  /** The due date when the request was made. */
  @DateOnlyColumn()
  originalDueOn: string;

  @DateOnlyColumn()
  requestedDueOn: string;

  @Column({ type: 'text' })
  reason: string;

  @IdColumn()
  requestedById: string;

  @DateTimeColumn()
  requestedAt: Date;

  @IdColumn({ nullable: true })
  decidedById: string | null;

  @DateTimeColumn({ nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @RowVersionColumn()
  version: number;
}
