import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ALERT_LEVELS,
  ALERT_RULES,
  ALERT_STATUSES,
  ALERT_SUBJECT_TYPES,
  type AlertLevel,
  type AlertRuleKind,
  type AlertStatus,
  type AlertSubjectType,
} from '@lvze/domain';
import { DateTimeScalar, JsonScalar } from '../../../core/graphql/scalars.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { AssignmentModel } from '../../responsibility/dto/assignment.model.js';
import { TaskModel } from '../../task/dto/task.model.js';
import { UserModel } from '../../user/dto/user.model.js';
import { ALERT_EVENT_KINDS, type AlertEventKind } from '../alert.entity.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AlertLevelEnum = enumOf<AlertLevel>(ALERT_LEVELS);
registerEnumType(AlertLevelEnum, {
  name: 'AlertLevel',
  description:
    'The escalation ladder (提醒 → 预警 → 问责): REMINDER to the unit, WARNING to the unit head and staff, ACCOUNTABILITY to the leader.',
});

export const AlertStatusEnum = enumOf<AlertStatus>(ALERT_STATUSES);
registerEnumType(AlertStatusEnum, {
  name: 'AlertStatus',
  description:
    'OPEN until someone acknowledges it; ACKNOWLEDGED still counts until its cause is gone; RESOLVED when the sweep finds the cause gone.',
});

export const AlertRuleKindEnum = enumOf<AlertRuleKind>(ALERT_RULES);
registerEnumType(AlertRuleKindEnum, {
  name: 'AlertRuleKind',
  description:
    'MISSED_UPDATE: a weekly update not filed by its deadline; BEHIND_PLAN: ≥ the campaign’s points behind plan; OVERDUE: past due and not done; DUE_SOON: due within a few working days and below the threshold; REPORT_OVERDUE: a required report not filed.',
});

export const AlertSubjectTypeEnum = enumOf<AlertSubjectType>(ALERT_SUBJECT_TYPES);
registerEnumType(AlertSubjectTypeEnum, {
  name: 'AlertSubjectType',
  description: 'What an alert is about: a task, a responsibility assignment, or a required report.',
});

export const AlertEventKindEnum = enumOf<AlertEventKind>(ALERT_EVENT_KINDS);
registerEnumType(AlertEventKindEnum, {
  name: 'AlertEventKind',
  description: 'A step in an alert’s life.',
});

@ObjectType('AlertEvent', {
  description: 'One step of an alert’s history: fired, escalated, acknowledged, resolved, reopened.',
})
export class AlertEventModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => AlertEventKindEnum, { description: 'What happened.' })
  kind: AlertEventKind;

  @Field(() => AlertLevelEnum, { description: 'The alert’s level after this step.' })
  level: AlertLevel;

  @Field(() => UserModel, { nullable: true, description: 'Who did it; null for the sweep (the system).' })
  actor?: UserModel | null;

  actorId: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'The acknowledgement note, when one was given.' })
  note: string | null;
}

@ObjectType('Alert', {
  description:
    'An alert on slipping work; one per (rule, subject, period), escalated in place, never duplicated.',
})
export class AlertModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => AlertRuleKindEnum, { description: 'The rule that fired it.' })
  rule: AlertRuleKind;

  @Field(() => AlertLevelEnum, { description: 'Current level; escalation raises it, never lowers it.' })
  level: AlertLevel;

  @Field(() => AlertStatusEnum, { description: 'OPEN, ACKNOWLEDGED or RESOLVED.' })
  status: AlertStatus;

  @Field(() => UnitModel, { description: 'The unit addressed: a task’s lead unit, an assignment’s unit.' })
  unit?: UnitModel;

  @Field(() => ID, { description: 'The unit addressed, by id.' })
  unitId: string;

  @Field(() => AlertSubjectTypeEnum, { description: 'What the alert is about.' })
  subjectType: AlertSubjectType;

  @Field(() => ID, { description: 'The task, assignment or report the alert is about.' })
  subjectId: string;

  @Field(() => TaskModel, { nullable: true, description: 'The task behind it, for task alerts.' })
  task?: TaskModel | null;

  @Field(() => AssignmentModel, {
    nullable: true,
    description: 'The assignment behind it, for assignment alerts.',
  })
  assignment?: AssignmentModel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The period: an ISO week (MISSED_UPDATE for that week, BEHIND_PLAN in that week), "due" (OVERDUE, DUE_SOON), or "due:2026-Q4" for one obligation of a recurring assignment.',
  })
  period: string;

  @Field({ description: 'What is wrong, in plain Chinese, as of firing or the last escalation.' })
  message: string;

  @Field(() => JsonScalar, {
    description:
      'The rule’s figures at firing or the last escalation: deadline, planned and actual percent, due date…',
  })
  detail: Record<string, unknown>;

  @Field(() => DateTimeScalar, { description: 'When the sweep first fired it (the sweep’s as-of instant).' })
  firedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last rose a level.' })
  escalatedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its cause was found gone.' })
  resolvedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last acknowledged.' })
  acknowledgedAt: Date | null;

  @Field(() => UserModel, { nullable: true, description: 'Who last acknowledged it.' })
  acknowledgedBy?: UserModel | null;

  acknowledgedById: string | null;

  @Field(() => String, { nullable: true, description: 'The note given when acknowledging.' })
  acknowledgementNote: string | null;

  @Field(() => Int, { description: 'Row version; bumped by every change.' })
  version: number;

  @Field(() => [AlertEventModel], { description: 'Its history, in the order it happened.' })
  history?: AlertEventModel[];
}

@ObjectType('AlertSweepResult', { description: 'What one sweep changed.' })
export class AlertSweepResultModel {
  @Field(() => Int, { description: 'Alerts fired (new, or reopened because their cause came back).' })
  fired: number;

  @Field(() => Int, { description: 'Alerts raised a level.' })
  escalated: number;

  @Field(() => Int, { description: 'Alerts resolved because their cause is gone.' })
  resolved: number;
}

@ObjectType('LevelCount', { description: 'How many alerts stand at one level.' })
export class LevelCountModel {
  @Field(() => AlertLevelEnum, { description: 'The level.' })
  level: AlertLevel;

  @Field(() => Int, { description: 'How many.' })
  count: number;
}
