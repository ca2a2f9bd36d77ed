import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AlertLevel, AlertRuleKind, AlertStatus, AlertSubjectType } from '@lvze/domain';
import { DateTimeColumn, IdColumn, JsonColumn, RowVersionColumn } from '../../core/database/columns.js';

/**
 * An alert (提醒 → 预警 → 问责) on a task, an assignment or (later) a report. One row per
 * (rule, subject, period) for its whole life, enforced by the unique key so concurrent sweeps
 * cannot double-fire: escalation raises its level, a returning cause reopens it.
 */
@Entity()
@Index(['rule', 'subjectId', 'period'], { unique: true })
@Index(['unitId', 'status'])
// Covers the dashboard's count of unresolved alerts per unit and level: read from the index alone.
@Index(['status', 'unitId', 'level'])
export class Alert {
  /** UUIDv7: sorts in firing order. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  rule: AlertRuleKind;

  @Column({ type: 'varchar', length: 12 })
  subjectType: AlertSubjectType;

  @Index()
  @IdColumn()
  subjectId: string;

  /** The unit addressed: a task's lead unit, an assignment's unit. */
  @Index()
  @IdColumn()
  unitId: string;

  /** '2026-W47' (weekly rules), 'due' (OVERDUE, DUE_SOON), 'due:2026-Q4' for a recurring obligation. */
  @Column({ type: 'varchar', length: 16 })
  period: string;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  level: AlertLevel;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status: AlertStatus;

  /** Plain Chinese, written when the alert fires or escalates. */
  @Column({ type: 'text' })
  message: string;

  /** The rule's figures at firing or escalation (deadline, gap, due date…), for the web. */
  @JsonColumn()
  detail: Record<string, unknown>;

  @Index()
  @DateTimeColumn()
  firedAt: Date;

  @DateTimeColumn({ nullable: true })
  escalatedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  resolvedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  acknowledgedAt: Date | null;

  @IdColumn({ nullable: true })
  acknowledgedById: string | null;

  @Column({ type: 'text', nullable: true })
  acknowledgementNote: string | null;

  @RowVersionColumn()
  version: number;
}

export const ALERT_EVENT_KINDS = ['FIRED', 'ESCALATED', 'ACKNOWLEDGED', 'RESOLVED', 'REOPENED'] as const;
export type AlertEventKind = (typeof ALERT_EVENT_KINDS)[number];

/** One step in an alert's life; appended, never changed. */
@Entity()
@Index(['alertId', 'at'])
export class AlertEvent {
  /** UUIDv7: the order of events even under a frozen clock. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  alertId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: AlertEventKind;

  /** The alert's level after this step. */
  @Column({ type: 'varchar', length: 16 })
  level: AlertLevel;

  /** Null: the sweep (the system) did it. */
  @IdColumn({ nullable: true })
  actorId: string | null;

  @DateTimeColumn()
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
