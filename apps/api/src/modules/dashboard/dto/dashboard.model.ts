import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { SCORE_PARTS, type AlertLevel, type ScorePart, type TaskStatus } from '@lvze/domain';
import { DateTimeScalar } from '../../../core/graphql/scalars.js';
import { DecisionCountModel } from '../../accountability/dto/accountability.model.js';
import { LevelCountModel } from '../../alert/dto/alert.model.js';
import { CampaignModel } from '../../campaign/dto/campaign.model.js';
import { UnitKindEnum, UnitModel } from '../../organization/dto/unit.model.js';
import { UNIT_KINDS, type UnitKind } from '../../organization/unit.entity.js';
import { TaskModel, TaskStatusEnum } from '../../task/dto/task.model.js';

export const ScorePartEnum = Object.fromEntries(SCORE_PARTS.map((p) => [p.toUpperCase(), p])) as {
  [K in ScorePart as Uppercase<K>]: K;
};
registerEnumType(ScorePartEnum, {
  name: 'ScorePart',
  description:
    'A part of a unit’s score (docs/api.md, libs/domain unit-score): UPDATES on-time weekly updates 30 %, TASKS led tasks’ status 30 %, ASSIGNMENTS responsibility assignments’ status 20 %, REPORTS required reports on time 20 %.',
});

@ArgsType()
export class DashboardArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this county-level area and the units under it. Ignored for a REPORTER.',
  })
  @IsOptional()
  @IsString()
  countyId?: string;

  @Field(() => UnitKindEnum, {
    nullable: true,
    description: 'Only units of this kind. Ignored for a REPORTER.',
  })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: UnitKind;
}

@ObjectType('StatusCount', { description: 'How many items stand at one status.' })
export class StatusCountModel {
  @Field(() => TaskStatusEnum)
  status: TaskStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('UnitScorePart', { description: 'One part of a unit’s score and what it added.' })
export class UnitScorePartModel {
  @Field(() => ScorePartEnum)
  part: ScorePart;

  @Field(() => Float, { nullable: true, description: '0–100; null when the unit has nothing of this kind.' })
  rate: number | null;

  @Field(() => Float, { description: 'The weight (of 100) this part carried for this unit.' })
  weight: number;

  @Field(() => Float, { description: 'rate × weight / 100: the points it added.' })
  points: number;
}

@ObjectType('UnitScore', {
  description:
    'A unit’s score (0–100) and rank by the documented formula, with its parts so the unit sees why.',
})
export class UnitScoreModel {
  @Field(() => UnitModel)
  unit: UnitModel;

  @Field(() => Float)
  score: number;

  @Field(() => Int, { description: '1 = best; equal scores share a rank (1, 2, 2, 4).' })
  rank: number;

  @Field(() => [UnitScorePartModel])
  parts: UnitScorePartModel[];

  @Field(() => Float, { description: 'Points taken off for open alerts (capped).' })
  penalty: number;

  @Field(() => Int, { description: 'Weekly updates due so far on the tasks the unit leads.' })
  updatesDue: number;

  @Field(() => Int, { description: 'Of those, filed by their deadline.' })
  updatesOnTime: number;

  @Field(() => [StatusCountModel], { description: 'The tasks the unit leads, by status as of now.' })
  tasks: StatusCountModel[];

  @Field(() => [StatusCountModel], { description: 'The unit’s assignments, by status as of now.' })
  assignments: StatusCountModel[];

  @Field(() => Int, { description: 'Required reports due so far.' })
  reportsDue: number;

  @Field(() => Int, { description: 'Of those, filed on time.' })
  reportsOnTime: number;

  @Field(() => [LevelCountModel], { description: 'Open (unresolved) alerts addressed to the unit.' })
  openAlerts: { level: AlertLevel; count: number }[];
}

@ObjectType('DashboardFigures', { description: 'The headline figures, as of one moment.' })
export class DashboardFiguresModel {
  @Field(() => [StatusCountModel], { description: 'Tasks in scope by status; every status listed.' })
  taskStatusCounts: StatusCountModel[];

  @Field(() => Float, { description: 'Average reported percent of the tasks in scope, 0–100.' })
  completionRate: number;

  @Field(() => Float, { description: 'Weekly updates filed by their deadline / updates due, 0–100.' })
  onTimeRate: number;

  @Field(() => Float, {
    description: 'Required reports filed by their due time / reports due, 0–100 (100 when none was due).',
  })
  reportOnTimeRate: number;

  @Field(() => [LevelCountModel], { description: 'Unresolved alerts in scope by level; every level listed.' })
  openAlerts: { level: AlertLevel; count: number }[];

  @Field(() => Int, { description: 'Weekly updates due so far (the on-time rate’s denominator).' })
  updatesDue: number;

  @Field(() => Int, { description: 'Required reports due so far.' })
  reportsDue: number;
}

@ObjectType('DashboardTrendPoint', { description: 'One campaign week: planned against actual progress.' })
export class DashboardTrendPointModel {
  @Field()
  week: string;

  @Field(() => Float, { description: 'Average planned percent of the tasks in scope at the week’s end.' })
  plannedPercent: number;

  @Field(() => Float, { description: 'Average reported percent at the week’s end (no update yet: 0).' })
  actualPercent: number;
}

@ObjectType('DashboardHeatCell', { description: 'One unit in one week: its tasks’ lights.' })
export class DashboardHeatCellModel {
  @Field()
  week: string;

  @Field(() => TaskStatusEnum, {
    description:
      'The worst light among the unit’s tasks that week (SLIPPED > AT_RISK > ON_TRACK > DONE > NOT_STARTED).',
  })
  status: TaskStatus;

  @Field(() => [StatusCountModel])
  counts: StatusCountModel[];
}

@ObjectType('DashboardHeatRow')
export class DashboardHeatRowModel {
  @Field(() => UnitModel)
  unit: UnitModel;

  @Field(() => [DashboardHeatCellModel], { description: 'One cell per week of Dashboard.weeks.' })
  cells: DashboardHeatCellModel[];
}

@ObjectType('DashboardReport', { description: 'An overdue required report, for the list and its link.' })
export class DashboardReportModel {
  @Field(() => ID, { description: 'The report obligation.' })
  id: string;

  @Field(() => UnitModel)
  unit: UnitModel;

  @Field()
  templateName: string;

  @Field()
  period: string;

  @Field(() => DateTimeScalar)
  dueAt: Date;
}

@ObjectType('Dashboard', {
  description:
    'The leaders’ dashboard (领导驾驶舱): headline figures with last week’s, status, trend, ranking, heat map. A REPORTER sees their own unit’s.',
})
export class DashboardModel extends DashboardFiguresModel {
  @Field(() => CampaignModel)
  campaign: CampaignModel;

  @Field(() => DateTimeScalar, { description: 'The moment the figures stand for (now).' })
  asOf: Date;

  @Field(() => DashboardFiguresModel, { description: 'The same figures as of a week earlier.' })
  lastWeek: DashboardFiguresModel;

  @Field(() => Int, { description: 'Weekly updates filed on time (the on-time rate’s numerator).' })
  updatesOnTime: number;

  @Field(() => Int, { description: 'Required reports filed on time.' })
  reportsOnTime: number;

  @Field(() => [UnitScoreModel], { description: 'Units by score, best first; a REPORTER gets their own.' })
  unitRanking: UnitScoreModel[];

  @Field(() => [String], { description: 'The campaign’s weeks so far, in order (trend and heat map).' })
  weeks: string[];

  @Field(() => [DashboardTrendPointModel], { description: 'One point per week of `weeks`.' })
  trend: DashboardTrendPointModel[];

  @Field(() => [DashboardHeatRowModel], { description: 'Units leading tasks in scope × weeks.' })
  heatMap: DashboardHeatRowModel[];

  @Field(() => [TaskModel], { description: 'Tasks slipped (red) now, furthest behind plan first.' })
  slippedTasks: TaskModel[];

  @Field(() => [DashboardReportModel], { description: 'Required reports past due and not filed.' })
  overdueReports: DashboardReportModel[];

  @Field(() => [DecisionCountModel], { description: 'Accountability decisions in the campaign, by kind.' })
  accountabilityDecisions: DecisionCountModel[];
}
