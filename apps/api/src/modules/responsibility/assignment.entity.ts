import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdColumn, RowVersionColumn } from '../../core/database/columns.js';

/** One item carried by one unit (逐一落实): the unit reports on it, the commission checks it. */
@Entity()
@Index(['itemId', 'unitId'], { unique: true })
// A unit's assignments, with their versions: the dashboard tells from them alone which units moved.
@Index(['unitId', 'version'])
export class Assignment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  itemId: string;

  @IdColumn()
  unitId: string;

  /** Bumped by every update and review, so an editor holding an old version gets CONFLICT. */
  @RowVersionColumn()
  version: number;

  @DateTimeColumn()
  createdAt: Date;
}

/** A progress report on one period's obligation. Never edited: a correction is a new update. */
@Entity()
@Index(['assignmentId', 'period', 'createdAt'])
export class AssignmentUpdate {
  /** UUIDv7: sorts in filing order even under a frozen clock. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  assignmentId: string;

  /** The obligation reported on: '2026-11', '2026-Q4', '2026' or 'ONCE'. */
  @Column({ type: 'varchar', length: 8 })
  period: string;

  /** Cumulative percent 0–100 of the period's obligation. */
  @Column({ type: 'double precision' })
  percent: number;

  @Column({ type: 'text' })
  summary: string;

  @Index()
  @IdColumn()
  authorId: string;

  @DateTimeColumn()
  createdAt: Date;
}

/**
 * Staff's check of an update's evidence. The latest review of an update decides: "insufficient"
 * reopens the period (its claimed percent stops counting, libs/domain assignment-status).
 */
@Entity()
export class AssignmentReview {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn()
  assignmentId: string;

  @Index()
  @IdColumn()
  updateId: string;

  @Column({ type: 'boolean' })
  sufficient: boolean;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Index()
  @IdColumn()
  reviewerId: string;

  @DateTimeColumn()
  createdAt: Date;
}
