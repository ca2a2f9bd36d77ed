import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdColumn } from '../../core/database/columns.js';

/** A weekly progress report on a task. Never edited: a correction is a new update. */
@Entity()
@Index(['taskId', 'createdAt'])
export class ProgressUpdate {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  taskId: string;

  @Index()
  @Column({ type: 'varchar', length: 8 })
  week: string;

  /** Cumulative percent 0–100 (for a task with a target: value / target). */
  @Column({ type: 'double precision' })
  percent: number;

  /** Cumulative value towards the target, for tasks that have one. */
  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', nullable: true })
  problems: string | null;

  @Column({ type: 'text', nullable: true })
  nextSteps: string | null;

  @Index()
  @IdColumn()
  authorId: string;

  @DateTimeColumn()
  createdAt: Date;

  /** Filed after its week's deadline: accepted, and the record says so. */
  @Column({ type: 'boolean', default: false })
  late: boolean;
}

/** A leader's written instruction (批示) on a task, seen by staff and the units. */
@Entity()
export class TaskInstruction {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn()
  taskId: string;

  @IdColumn()
  authorId: string;

  @Column({ type: 'text' })
  content: string;

  @DateTimeColumn()
  createdAt: Date;
}
