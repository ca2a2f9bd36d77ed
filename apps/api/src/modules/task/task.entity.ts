import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, DateTimeColumn, IdColumn, RowVersionColumn } from '../../core/database/columns.js';

/** One of the year's tasks on the battle map (挂图作战): measurable, checkable, accountable. */
@Entity()
@Index(['campaignId', 'code'], { unique: true })
export class Task {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn()
  campaignId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  category: string;

  /** Target and measures (目标与措施). */
  @Column({ type: 'text', default: '' })
  description: string;

  /** The lead leader (牵头领导), as the task list names them. */
  @Index()
  @Column({ type: 'varchar', length: 50, default: '' })
  leadLeader: string;

  @Index()
  @IdColumn()
  leadUnitId: string;

  @DateOnlyColumn()
  startsOn: string;

  @DateOnlyColumn()
  dueOn: string;

  /** Quantitative tasks: the target and its unit, e.g. 12 天. */
  @Column({ type: 'double precision', nullable: true })
  target: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  measure: string | null;

  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @RowVersionColumn()
  version: number;

  @DateTimeColumn()
  createdAt: Date;
}

/** A co-operating unit (配合单位) of a task. */
@Entity()
export class TaskCoUnit {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  taskId: string;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36 })
  unitId: string;
}

/** Staff's planned cumulative percent at the end of a week; weeks without one are linear. */
@Entity()
export class WeeklyPlan {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  taskId: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  week: string;

  @Column({ type: 'double precision' })
  plannedPercent: number;
}
