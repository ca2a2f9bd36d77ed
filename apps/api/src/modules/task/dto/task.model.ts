import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TASK_STATUSES, type TaskStatus } from '@lvze/domain';
import { DateScalar, DateTimeScalar } from '../../../core/graphql/scalars.js';
import { StoredFileModel } from '../../file/dto/stored-file.model.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { UserModel } from '../../user/dto/user.model.js';

export const TaskStatusEnum = Object.fromEntries(TASK_STATUSES.map((s) => [s, s])) as {
  [K in TaskStatus]: K;
};
registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  description:
    'NOT_STARTED grey; ON_TRACK green; AT_RISK yellow (≥10 points behind plan or last weekly update missing); SLIPPED red (past due, ≥25 points behind, or two updates missing); DONE blue.',
});

@ObjectType('ProgressUpdate', { description: 'A weekly progress report; a correction is a new update.' })
export class ProgressUpdateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The ISO week reported on, e.g. 2026-W48.' })
  week: string;

  @Field(() => Float, { description: 'Cumulative percent 0–100.' })
  percent: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Cumulative value towards the target, for tasks with one.',
  })
  value: number | null;

  @Field({ description: 'What was done.' })
  summary: string;

  @Field(() => String, { nullable: true, description: 'Problems met.' })
  problems: string | null;

  @Field(() => String, { nullable: true, description: 'Next steps.' })
  nextSteps: string | null;

  @Field(() => UserModel, { description: 'Who filed it.' })
  author?: UserModel;

  authorId: string;

  @Field(() => DateTimeScalar, { description: 'When it was filed.' })
  createdAt: Date;

  @Field({ description: 'Filed after the week’s deadline (last working day, 18:00 Beijing).' })
  late: boolean;

  @Field(() => [StoredFileModel], { description: 'Evidence files.' })
  attachments?: StoredFileModel[];
}

@ObjectType('TaskInstruction', { description: 'A leader’s instruction (批示) on a task.' })
export class TaskInstructionModel {
  @Field(() => ID)
  id: string;

  @Field()
  content: string;

  @Field(() => UserModel)
  author?: UserModel;

  authorId: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType('WeeklyPlanEntry', { description: 'Planned cumulative percent at the end of a week.' })
export class WeeklyPlanEntryModel {
  @Field()
  week: string;

  @Field(() => Float)
  plannedPercent: number;
}

@ObjectType('Task', { description: 'One of the campaign’s tasks on the battle map.' })
export class TaskModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Code within the campaign, e.g. T07.' })
  code: string;

  @Field()
  title: string;

  @Field({ description: 'Task category, for grouping on the map.' })
  category: string;

  @Field({ description: 'Target and measures (目标与措施).' })
  description: string;

  @Field({ description: 'Lead leader (牵头领导).' })
  leadLeader: string;

  @Field(() => UnitModel, { description: 'Lead unit (牵头单位).' })
  leadUnit?: UnitModel;

  leadUnitId: string;

  @Field(() => [UnitModel], { description: 'Co-operating units (配合单位).' })
  coUnits?: UnitModel[];

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  dueOn: string;

  @Field(() => Float, { nullable: true, description: 'Quantitative target, e.g. 12.' })
  target: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the target, e.g. 天.' })
  measure: string | null;

  @Field({ description: 'Archived tasks leave the map but keep their history.' })
  archived: boolean;

  @Field(() => Int, { description: 'Row version; send it back when editing (CONFLICT when stale).' })
  version: number;

  @Field(() => TaskStatusEnum, { description: 'Status as of now.' })
  status?: TaskStatus;

  @Field(() => Float, { description: 'Reported cumulative percent as of now.' })
  percent?: number;

  @Field(() => Float, { description: 'Planned percent as of now.' })
  plannedPercent?: number;

  @Field({ description: 'Done, but after the due date.' })
  completedLate?: boolean;

  @Field(() => [String], { description: 'Weeks whose update deadline passed with no update.' })
  missedWeeks?: string[];

  @Field(() => Float, { nullable: true, description: 'Latest cumulative value, for tasks with a target.' })
  currentValue?: number | null;

  @Field(() => [ProgressUpdateModel], { description: 'Every update, newest first.' })
  updates?: ProgressUpdateModel[];

  @Field(() => [WeeklyPlanEntryModel], { description: 'The weekly plan staff wrote, in week order.' })
  weeklyPlan?: WeeklyPlanEntryModel[];

  @Field(() => [TaskInstructionModel], { description: 'Leader instructions, newest first.' })
  instructions?: TaskInstructionModel[];
}

@ObjectType('BattleMapCell', { description: 'One task in one week.' })
export class BattleMapCellModel {
  @Field()
  week: string;

  @Field(() => TaskStatusEnum, { description: 'Status at the end of that week (now, for this week).' })
  status: TaskStatus;

  @Field(() => Float)
  plannedPercent: number;

  @Field(() => Float, { nullable: true, description: 'Reported percent by then; null before any update.' })
  actualPercent: number | null;

  @Field({ description: 'An update was filed for this week.' })
  updated: boolean;
}

@ObjectType('BattleMapRow')
export class BattleMapRowModel {
  @Field(() => TaskModel)
  task: TaskModel;

  @Field(() => [BattleMapCellModel], { description: 'One cell per week, in the order of BattleMap.weeks.' })
  cells: BattleMapCellModel[];
}

@ObjectType('BattleMap', { description: 'The task × week grid of a campaign (挂图作战图).' })
export class BattleMapModel {
  @Field(() => [String], { description: 'The ISO weeks of the campaign, in order.' })
  weeks: string[];

  @Field({ description: 'The current ISO week.' })
  currentWeek: string;

  @Field(() => [BattleMapRowModel])
  rows: BattleMapRowModel[];
}

@ObjectType('WeekBoard', { description: 'What is due this week for the signed-in user.' })
export class WeekBoardModel {
  @Field()
  week: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Update deadline: last working day, 18:00 Beijing; null in a week without working days.',
  })
  deadline: Date | null;

  @Field(() => Float, { description: 'Office hours (09:00–18:00 on working days) left until the deadline.' })
  workingHoursRemaining: number;

  @Field(() => [TaskModel], { description: 'Active tasks in the user’s scope.' })
  tasks: TaskModel[];

  @Field(() => [ID], { description: 'Of those, the tasks already updated for this week.' })
  updatedTaskIds: string[];
}
