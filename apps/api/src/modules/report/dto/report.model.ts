import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, JsonScalar } from '../../../core/graphql/scalars.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { UnitKindEnum } from '../../organization/dto/unit.model.js';
import type { UnitKind } from '../../organization/unit.entity.js';
import { UserModel } from '../../user/dto/user.model.js';
import { REPORT_STATUSES, type ReportStatus } from '../report.entity.js';

export const ReportStatusEnum = Object.fromEntries(REPORT_STATUSES.map((s) => [s, s])) as {
  [K in ReportStatus]: K;
};
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description:
    'PENDING not filed yet; SUBMITTED filed, awaiting review; RETURNED sent back with a comment, to be filed again; ACCEPTED accepted by staff.',
});

@ObjectType('ReportDueRule', {
  description:
    'WORKING_DAYS_AFTER_PERIOD: due at 18:00 Beijing on the `days`-th working day after the period ends; FIXED_DATE: due at 18:00 on `date` (one-off reports).',
})
export class ReportDueRuleModel {
  @Field({ description: 'WORKING_DAYS_AFTER_PERIOD or FIXED_DATE.' })
  kind: string;

  @Field(() => Int, { nullable: true, description: 'WORKING_DAYS_AFTER_PERIOD: the number of working days.' })
  days?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'FIXED_DATE: the due date.' })
  date?: string | null;
}

@ObjectType('ReportAudience', {
  description:
    'Who files: every unit of the kinds, every unit with one of the tags, the functional departments when set, and the hand-picked units (a union).',
})
export class ReportAudienceModel {
  @Field(() => [UnitKindEnum])
  unitKinds: UnitKind[];

  @Field(() => [String])
  tags: string[];

  @Field({ description: 'All poverty-related functional departments (职能部门).' })
  functionalDepartments: boolean;

  @Field(() => [ID])
  unitIds: string[];
}

@ObjectType('ReportTemplateVersion', {
  description: 'A report form as saved; never changed. Reports keep the version they were filed on.',
})
export class ReportTemplateVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1, 2, … in the order saved.' })
  number: number;

  @Field(() => JsonScalar, {
    description: 'The form: { fields: ReportField[] } (see libs/domain report-form.ts for its shape).',
  })
  form: unknown;

  @Field(() => UserModel, { nullable: true, description: 'Who saved it.' })
  createdBy?: UserModel | null;

  createdById: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType('ReportTemplate', {
  description: 'A required report (报备): its form, schedule and who files it.',
})
export class ReportTemplateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique code, e.g. monthly-work.' })
  code: string;

  @Field({ description: 'Name, e.g. 工作月报.' })
  name: string;

  @Field({ description: 'ONCE, WEEKLY, MONTHLY, QUARTERLY or YEARLY.' })
  cadence: string;

  @Field(() => ReportDueRuleModel)
  dueRule: ReportDueRuleModel;

  @Field(() => ReportAudienceModel)
  audience: ReportAudienceModel;

  @Field({
    description: 'UNIT: a reporter of the unit files; CONTACT_LEADER: the unit’s contact-point leader files.',
  })
  filedBy: string;

  @Field(() => DateScalar, { description: 'Periods from the one containing this date are required.' })
  activeFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'No period after the one containing this date.' })
  activeUntil: string | null;

  @Field(() => ReportTemplateVersionModel, { description: 'The form new reports are filed on.' })
  currentVersion?: ReportTemplateVersionModel;

  currentVersionId: string;

  @Field(() => [ReportTemplateVersionModel], { description: 'Every saved form, newest first.' })
  versions?: ReportTemplateVersionModel[];

  @Field(() => Int, { description: 'Send it back with updateReportTemplate (CONFLICT when stale).' })
  version: number;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType('ReportReview', { description: 'Staff’s decision on a submission.' })
export class ReportReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The submission reviewed.' })
  submissionId: string;

  @Field({ description: 'True: accepted; false: returned to the unit.' })
  accepted: boolean;

  @Field({ description: 'What to fix (required on return), or a remark.' })
  comment: string;

  @Field(() => UserModel)
  reviewer?: UserModel;

  reviewerId: string;

  @Field(() => DateTimeScalar)
  reviewedAt: Date;
}

@ObjectType('ReportSubmission', { description: 'One filing of a report; never changed.' })
export class ReportSubmissionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReportTemplateVersionModel, { description: 'The form it was filed on.' })
  templateVersion?: ReportTemplateVersionModel;

  templateVersionId: string;

  @Field(() => JsonScalar, { description: 'What was filed: { [fieldKey]: value }.' })
  content: unknown;

  @Field(() => UserModel)
  submittedBy?: UserModel;

  submittedById: string;

  @Field(() => DateTimeScalar)
  submittedAt: Date;

  @Field({ description: 'Filed after the due time.' })
  late: boolean;
}

@ObjectType('ReportObligation', { description: 'One unit’s report for one period of a template.' })
export class ReportObligationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReportTemplateModel)
  template?: ReportTemplateModel;

  templateId: string;

  @Field(() => ReportTemplateVersionModel, {
    description:
      'The form this report is filed on (a filed report keeps its version when the template changes).',
  })
  templateVersion?: ReportTemplateVersionModel;

  templateVersionId: string;

  @Field(() => UnitModel)
  unit?: UnitModel;

  unitId: string;

  @Field({ description: '2026-05, 2026-Q2, 2026, 2026-W22 or ONCE.' })
  period: string;

  @Field(() => DateTimeScalar, { description: 'Due time: 18:00 Beijing on the due date.' })
  dueAt: Date;

  @Field(() => ReportStatusEnum)
  status: ReportStatus;

  @Field({ description: 'The latest submission came after dueAt.' })
  late: boolean;

  @Field({ description: 'Due time passed and not filed (PENDING or RETURNED).' })
  overdue?: boolean;

  @Field({ description: 'You may save a draft and file it now.' })
  canFile?: boolean;

  @Field({ description: 'You may accept or return it now.' })
  canReview?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Working days until the due date: 0 on the day, negative when overdue; null once submitted or accepted.',
  })
  daysLeft?: number | null;

  @Field(() => JsonScalar, { nullable: true, description: 'The reporter’s unsaved work, as last saved.' })
  draft: unknown;

  @Field(() => DateTimeScalar, { nullable: true })
  draftSavedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the latest submission was filed.' })
  submittedAt: Date | null;

  @Field(() => JsonScalar, { nullable: true, description: 'The latest submission’s content.' })
  content?: unknown;

  @Field(() => [ReportSubmissionModel], { description: 'Every filing, newest first.' })
  submissions?: ReportSubmissionModel[];

  @Field(() => [ReportReviewModel], { description: 'Every review, newest first.' })
  reviews?: ReportReviewModel[];

  @Field(() => ReportReviewModel, {
    nullable: true,
    description: 'The latest review (its comment on a return).',
  })
  lastReview?: ReportReviewModel | null;

  @Field(() => Int, {
    description: 'Send it back with drafts, submissions and reviews (CONFLICT when stale).',
  })
  version: number;
}

@ObjectType('ReportCompletenessCell', { description: 'One unit’s report for one period.' })
export class ReportCompletenessCellModel {
  @Field(() => ID)
  obligationId: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  period: string;

  @Field(() => ReportStatusEnum)
  status: ReportStatus;

  @Field()
  late: boolean;

  @Field({ description: 'Due time passed and not filed.' })
  overdue: boolean;

  @Field(() => DateTimeScalar)
  dueAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  submittedAt: Date | null;
}

@ObjectType('ReportPeriodCount', { description: 'How the units stand on one period.' })
export class ReportPeriodCountModel {
  @Field()
  period: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int, { description: 'Filed after the due time.' })
  late: number;

  @Field(() => Int, { description: 'Due time passed and not filed.' })
  overdue: number;
}

@ObjectType('ReportCompleteness', {
  description: 'Units × periods of a template, for the completeness matrix.',
})
export class ReportCompletenessModel {
  @Field(() => ReportTemplateModel)
  template: ReportTemplateModel;

  @Field(() => [String], { description: 'Periods, oldest first.' })
  periods: string[];

  @Field(() => [UnitModel], { description: 'Units that have reports, in the usual unit order.' })
  units: UnitModel[];

  @Field(() => [ReportCompletenessCellModel], { description: 'One per unit and period that has a report.' })
  cells: ReportCompletenessCellModel[];

  @Field(() => [ReportPeriodCountModel], { description: 'Counts per period, computed in SQL.' })
  counts: ReportPeriodCountModel[];
}
