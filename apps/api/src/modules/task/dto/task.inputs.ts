import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TASK_STATUSES, type TaskStatus } from '@lvze/domain';
import { DateScalar } from '../../../core/graphql/scalars.js';
import { TaskStatusEnum } from './task.model.js';

const WEEK = /^\d{4}-W\d{2}$/;

@ArgsType()
export class TasksArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tasks this unit leads.' })
  @IsOptional()
  @IsString()
  leadUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tasks this unit co-operates on.' })
  @IsOptional()
  @IsString()
  coUnitId?: string;

  @Field(() => String, { nullable: true, description: 'Only tasks of this lead leader.' })
  @IsOptional()
  @IsString()
  leadLeader?: string;

  @Field(() => TaskStatusEnum, { nullable: true, description: 'Only tasks with this status now.' })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @Field({ nullable: true, description: 'Include archived tasks (default false).' })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class BattleMapArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;
}

/** Fields a task's definition shares between create and edit. */
@InputType({ isAbstract: true })
abstract class TaskDefinitionFields {
  @Field(() => [ID], { nullable: true, description: 'Co-operating units.' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(100)
  coUnitIds?: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'Quantitative target (> 0); then progress is reported as a value.',
  })
  @IsOptional()
  @IsNumber()
  @Min(0.0001, { message: 'target must be greater than 0' })
  target?: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the target, e.g. 天.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  measure?: string | null;

  @Field({ nullable: true, description: 'Task category.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  category?: string;

  @Field({ nullable: true, description: 'Target and measures (目标与措施).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true, description: 'Lead leader (牵头领导).' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  leadLeader?: string;
}

@InputType({ description: 'A new task. STAFF.' })
export class CreateTaskInput extends TaskDefinitionFields {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field({
    nullable: true,
    description: 'Code, unique in the campaign; the next free T-number when left out.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'code must be 1–20 letters, digits or "-"' })
  code?: string;

  @Field()
  @IsString()
  @Length(2, 200)
  title: string;

  @Field(() => ID)
  @IsString()
  leadUnitId: string;

  @Field(() => DateScalar)
  @IsString()
  startsOn: string;

  @Field(() => DateScalar)
  @IsString()
  dueOn: string;
}

@InputType({ description: 'Changes to a task; fields left out stay as they are. STAFF.' })
export class UpdateTaskInput extends TaskDefinitionFields {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  title?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  leadUnitId?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  startsOn?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  dueOn?: string;
}

@InputType({ description: 'A weekly progress update.' })
export class SubmitProgressInput {
  @Field(() => ID)
  @IsString()
  taskId: string;

  @Field({
    nullable: true,
    description: 'ISO week, e.g. 2026-W48; defaults to the current week; never in the future.',
  })
  @IsOptional()
  @Matches(WEEK, { message: 'week must look like 2026-W48' })
  week?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Cumulative percent 0–100, for tasks without a target.',
  })
  @IsOptional()
  @IsNumber()
  percent?: number | null;

  @Field(() => Float, { nullable: true, description: 'Cumulative value, for tasks with a target.' })
  @IsOptional()
  @IsNumber()
  value?: number | null;

  @Field()
  @IsString()
  @Length(1, 2000)
  summary: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  problems?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  nextSteps?: string;

  @Field(() => [ID], { nullable: true, description: 'Evidence files uploaded by you to POST /api/files.' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  attachmentIds?: string[];
}

@InputType()
export class WeeklyPlanEntryInput {
  @Field()
  @Matches(WEEK, { message: 'week must look like 2026-W48' })
  week: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(100)
  plannedPercent: number;
}

@InputType({ description: 'Replaces a task’s weekly plan. STAFF.' })
export class SetWeeklyPlanInput {
  @Field(() => ID)
  @IsString()
  taskId: string;

  @Field(() => Int, { description: 'The task version you read.' })
  @IsInt()
  version: number;

  @Field(() => [WeeklyPlanEntryInput], {
    description: 'Cumulative planned percent per week; empty = linear plan.',
  })
  @ValidateNested({ each: true })
  @Type(() => WeeklyPlanEntryInput)
  @ArrayMaxSize(60)
  entries: WeeklyPlanEntryInput[];
}
