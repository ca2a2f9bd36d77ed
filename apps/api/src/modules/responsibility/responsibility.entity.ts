import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Cadence } from '@lvze/domain';
import { DateOnlyColumn, DateTimeColumn, IdColumn, RowVersionColumn } from '../../core/database/columns.js';

export const RESPONSIBILITY_KINDS = [
  'PARTY_PRINCIPAL',
  'DEPARTMENT_SUPERVISORY',
  'COMMISSION_SUPERVISION',
  'LEADERSHIP_MEMBER',
  'COMMISSION_DEPARTMENT',
] as const;
export type ResponsibilityKind = (typeof RESPONSIBILITY_KINDS)[number];

/** A responsibility list (责任清单) of a campaign; a kind may hold several lists (one per leadership member). */
@Entity()
@Index(['campaignId', 'kind', 'seq'])
export class ResponsibilityList {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  campaignId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: ResponsibilityKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Order among the campaign's lists. */
  @Column({ type: 'int' })
  seq: number;

  @RowVersionColumn()
  version: number;

  @DateTimeColumn()
  createdAt: Date;
}

/** One numbered duty of a list; every responsible unit carries it as its own Assignment (逐一落实). */
@Entity()
@Index(['listId', 'seq'], { unique: true })
export class ResponsibilityItem {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  listId: string;

  @Column({ type: 'int' })
  seq: number;

  /** The requirement itself. */
  @Column({ type: 'text' })
  content: string;

  /** What the unit is expected to file as evidence (会议纪要, 台账, 照片…). */
  @Column({ type: 'text', default: '' })
  evidenceExpected: string;

  @Column({ type: 'varchar', length: 16 })
  cadence: Cadence;

  /** ONCE: the due date (required); YEARLY: optional fixed date; recurring items use dueWorkingDays. */
  @DateOnlyColumn({ nullable: true })
  dueOn: string | null;

  /** Recurring periods are due this many working days after the period ends (libs/domain recurring-periods). */
  @Column({ type: 'int', default: 5 })
  dueWorkingDays: number;

  @RowVersionColumn()
  version: number;

  @DateTimeColumn()
  createdAt: Date;
}
