import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { TaskStatus } from '@lvze/domain';
import { DateScalar, DateTimeScalar } from '../../../core/graphql/scalars.js';
import type { AccountabilityRecord } from '../../accountability/accountability-record.entity.js';
import {
  AccountabilityRecordModel,
  DecisionCountModel,
} from '../../accountability/dto/accountability.model.js';
import { LevelCountModel } from '../../alert/dto/alert.model.js';
import { CampaignModel } from '../../campaign/dto/campaign.model.js';
import type { Campaign } from '../../campaign/campaign.entity.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import type { Unit } from '../../organization/unit.entity.js';
import { TaskStatusEnum } from '../../task/dto/task.model.js';

export const SLIP_REASONS = ['OVERDUE', 'BEHIND_PLAN', 'MISSED_UPDATES'] as const;
export type SlipReason = (typeof SLIP_REASONS)[number];
export const SlipReasonEnum = Object.fromEntries(SLIP_REASONS.map((r) => [r, r])) as { [K in SlipReason]: K };
registerEnumType(SlipReasonEnum, {
  name: 'SlipReason',
  description:
    'Why a task is SLIPPED (domain.md): OVERDUE past due and not done; BEHIND_PLAN ≥ the campaign’s slipped points behind plan; MISSED_UPDATES the last two weekly updates missing.',
});

@ObjectType('BulletinStatusCount', { description: 'Tasks in one status at the end of the week.' })
export class BulletinStatusCountModel {
  @Field(() => TaskStatusEnum)
  status: TaskStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('BulletinTask', { description: 'A slipped task as it stood at the end of the week.' })
export class BulletinTaskModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field({ description: 'Lead leader (牵头领导).' })
  leadLeader: string;

  @Field(() => DateScalar)
  dueOn: string;

  @Field(() => Float, { description: 'Reported cumulative percent at the end of the week.' })
  percent: number;

  @Field(() => Float, { description: 'Planned cumulative percent at the end of the week.' })
  plannedPercent: number;

  @Field(() => SlipReasonEnum, {
    description: 'Which clause of the SLIPPED rule applies, the first that does.',
  })
  reason: SlipReason;
}

@ObjectType('BulletinUnitTasks', { description: 'One lead unit’s slipped tasks.' })
export class BulletinUnitTasksModel {
  @Field(() => UnitModel)
  unit: Unit;

  @Field(() => [BulletinTaskModel])
  tasks: BulletinTaskModel[];
}

@ObjectType('BulletinOverdueReport', {
  description: 'A report that fell due during the week with nothing filed by its end.',
})
export class BulletinOverdueReportModel {
  @Field(() => ID)
  id: string;

  @Field(() => UnitModel)
  unit: Unit;

  @Field({ description: 'The report template’s name.' })
  templateName: string;

  @Field({ description: 'The period reported on, e.g. 2026-10 or 2026-Q3.' })
  period: string;

  @Field(() => DateTimeScalar)
  dueAt: Date;
}

@ObjectType('WeeklyBulletin', {
  description:
    'The weekly bulletin (周通报): the campaign as it stood at the end of an ISO week. Task status comes from the battle map’s rules.',
})
export class WeeklyBulletinModel {
  @Field({ description: 'The ISO week, e.g. 2026-W48.' })
  week: string;

  @Field(() => DateScalar, { description: 'Monday of the week.' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Sunday of the week.' })
  endsOn: string;

  @Field(() => DateTimeScalar, {
    description: 'The instant the figures are taken at: the week’s end, or now for the current week.',
  })
  asOf: Date;

  @Field(() => CampaignModel)
  campaign: Campaign;

  @Field(() => [String], { description: 'The red header’s lines: the commission’s name(s) and the office.' })
  issuer: string[];

  @Field({ description: 'The issue date written in Chinese (Beijing), e.g. 二〇二六年十一月二十九日.' })
  dateline: string;

  @Field(() => Int, { description: 'Tasks counted (not archived, created by the week’s end).' })
  taskTotal: number;

  @Field(() => [BulletinStatusCountModel], { description: 'Tasks per status; every status listed.' })
  taskStatusCounts: BulletinStatusCountModel[];

  @Field(() => Float, { description: 'Done tasks as a percentage (0–100) of taskTotal.' })
  completionRate: number;

  @Field(() => Int, { description: 'Tasks whose weekly update fell due this week.' })
  updatesDue: number;

  @Field(() => Int, { description: 'Of those, updated by the week’s deadline.' })
  updatesOnTime: number;

  @Field(() => Float, {
    nullable: true,
    description: 'updatesOnTime as a percentage (0–100); null when none was due.',
  })
  onTimeUpdateRate: number | null;

  @Field(() => [BulletinUnitTasksModel], {
    description: 'Slipped tasks grouped by lead unit, in unit order.',
  })
  slippedByUnit: BulletinUnitTasksModel[];

  @Field(() => Int, {
    description:
      'Reports overdue at the end of the week (due, nothing filed by then), whenever they fell due.',
  })
  overdueReportCount: number;

  @Field(() => [BulletinOverdueReportModel], {
    description:
      'The reports that fell due during the week and were overdue at its end, oldest first, at most 100.',
  })
  overdueReports: BulletinOverdueReportModel[];

  @Field(() => [LevelCountModel], {
    description: 'Alerts fired during the week, per current level; every level listed.',
  })
  alertsFired: { level: string; count: number }[];

  @Field(() => [AccountabilityRecordModel], { description: 'Accountability decisions dated in the week.' })
  decisions: AccountabilityRecord[];

  @Field(() => [DecisionCountModel], {
    description: 'Decisions dated in the week, per kind; every kind listed.',
  })
  decisionCounts: { decision: string; count: number }[];
}
