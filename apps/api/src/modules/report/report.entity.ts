import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ReportCadence, ReportContent, ReportDueRule, ReportForm } from '@lvze/domain';
import {
  DateOnlyColumn,
  DateTimeColumn,
  IdColumn,
  JsonColumn,
  RowVersionColumn,
} from '../../core/database/columns.js';
import type { UnitKind } from '../organization/unit.entity.js';

export const REPORT_STATUSES = ['PENDING', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Who files: a reporter of the unit, or the leader linked to it as a contact point (联系点). */
export const REPORT_FILERS = ['UNIT', 'CONTACT_LEADER'] as const;
export type ReportFiler = (typeof REPORT_FILERS)[number];

/**
 * The units that must file: every unit of the listed kinds, every unit with one of the tags, the
 * functional departments when asked, and the hand-picked ones (a union, so "counties and the
 * functional departments" is one audience).
 */
export interface ReportAudience {
  unitKinds: UnitKind[];
  tags: string[];
  functionalDepartments: boolean;
  unitIds: string[];
}

/** A required report (报备) staff set up: what, how often, when due and who files it. */
@Entity()
export class ReportTemplate {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Fixed at creation: periods already filed would lose their meaning. */
  @Column({ type: 'varchar', length: 16 })
  cadence: ReportCadence;

  @JsonColumn()
  dueRule: ReportDueRule;

  @JsonColumn()
  audience: ReportAudience;

  @Column({ type: 'varchar', length: 16, default: 'UNIT' })
  filedBy: ReportFiler;

  /** No period before the one containing this date is required. */
  @DateOnlyColumn()
  activeFrom: string;

  /** No period after the one containing this date is required; null: open-ended. */
  @DateOnlyColumn({ nullable: true })
  activeUntil: string | null;

  /** The form new obligations are filed on. */
  @IdColumn()
  currentVersionId: string;

  @RowVersionColumn()
  version: number;

  @DateTimeColumn()
  createdAt: Date;
}

/** A form as it stood when saved. Never edited: a change to the form is a new version. */
@Entity()
@Index(['templateId', 'number'], { unique: true })
export class ReportTemplateVersion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  templateId: string;

  /** 1, 2, … in the order saved. */
  @Column({ type: 'int' })
  number: number;

  @JsonColumn()
  form: ReportForm;

  @IdColumn({ nullable: true })
  createdById: string | null;

  @DateTimeColumn()
  createdAt: Date;
}

/** One unit's report for one period of a template: what is due, its draft and where it stands. */
@Entity()
@Index(['templateId', 'unitId', 'period'], { unique: true })
@Index(['templateId', 'period', 'status'])
export class ReportObligation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  templateId: string;

  /** The form this report is filed on; a PENDING report moves to a new version, a filed one never. */
  @Index()
  @IdColumn()
  templateVersionId: string;

  @Index()
  @IdColumn()
  unitId: string;

  /** '2026-05', '2026-Q2', '2026', '2026-W22' or 'ONCE'. */
  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Index()
  @DateTimeColumn()
  dueAt: Date;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: ReportStatus;

  /** What the reporter typed so far; not validated, replaced by each save. */
  @JsonColumn({ nullable: true })
  draft: ReportContent | null;

  @DateTimeColumn({ nullable: true })
  draftSavedAt: Date | null;

  /** The latest submission's time. */
  @DateTimeColumn({ nullable: true })
  submittedAt: Date | null;

  /** The latest submission came after dueAt. */
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @RowVersionColumn()
  version: number;

  @DateTimeColumn()
  createdAt: Date;
}

/** One filing of a report. Never edited: a resubmission after a return is a new row. */
@Entity()
export class ReportSubmission {
  /** UUIDv7: sorts in filing order. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn()
  obligationId: string;

  @IdColumn()
  templateVersionId: string;

  @JsonColumn()
  content: ReportContent;

  @IdColumn()
  submittedById: string;

  @DateTimeColumn()
  submittedAt: Date;

  @Column({ type: 'boolean' })
  late: boolean;
}

/** Staff's decision on a submission: accepted, or returned with what to fix. */
@Entity()
export class ReportReview {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @IdColumn()
  obligationId: string;

  @IdColumn()
  submissionId: string;

  @Column({ type: 'boolean' })
  accepted: boolean;

  @Column({ type: 'text', default: '' })
  comment: string;

  @IdColumn()
  reviewerId: string;

  @DateTimeColumn()
  reviewedAt: Date;
}
