import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CADENCES, type Cadence, TASK_STATUSES, type TaskStatus } from '@lvze/domain';
import { DateScalar } from '../../../core/graphql/scalars.js';
import { UnitKindEnum } from '../../organization/dto/unit.model.js';
import { UNIT_KINDS, type UnitKind } from '../../organization/unit.entity.js';
import { TaskStatusEnum } from '../../task/dto/task.model.js';
import { RESPONSIBILITY_KINDS, type ResponsibilityKind } from '../responsibility.entity.js';
import { CadenceEnum, ResponsibilityKindEnum } from './responsibility.model.js';

@ArgsType()
export class ResponsibilityListsArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ResponsibilityKindEnum, { nullable: true, description: 'Only lists of this kind.' })
  @IsOptional()
  @IsIn(RESPONSIBILITY_KINDS)
  kind?: ResponsibilityKind;
}

@ArgsType()
export class AssignmentsArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only this unit’s assignments. A REPORTER sees their own unit’s only (FORBIDDEN for another).',
  })
  @IsOptional()
  @IsString()
  unitId?: string;

  @Field(() => ResponsibilityKindEnum, { nullable: true, description: 'Only items of lists of this kind.' })
  @IsOptional()
  @IsIn(RESPONSIBILITY_KINDS)
  kind?: ResponsibilityKind;

  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this item’s assignments.' })
  @IsOptional()
  @IsString()
  itemId?: string;

  @Field(() => TaskStatusEnum, { nullable: true, description: 'Only assignments with this status now.' })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;
}

@ArgsType()
export class ResponsibilityMatrixArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ResponsibilityKindEnum, { nullable: true, description: 'Only items of lists of this kind.' })
  @IsOptional()
  @IsIn(RESPONSIBILITY_KINDS)
  kind?: ResponsibilityKind;

  @Field(() => UnitKindEnum, { nullable: true, description: 'Only units of this kind.' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Only this county-level area and the units under it.' })
  @IsOptional()
  @IsString()
  countyId?: string;
}

@InputType({ description: 'A new responsibility list. STAFF.' })
export class CreateResponsibilityListInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ResponsibilityKindEnum, { description: 'Whose responsibility the list sets out.' })
  @IsIn(RESPONSIBILITY_KINDS)
  kind: ResponsibilityKind;

  @Field({ description: 'Title, 2–200 characters.' })
  @IsString()
  @Length(2, 200)
  title: string;
}

@InputType({ description: 'Renames a responsibility list. STAFF.' })
export class UpdateResponsibilityListInput {
  @Field(() => ID, { description: 'The list.' })
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @Field({ description: 'New title, 2–200 characters.' })
  @IsString()
  @Length(2, 200)
  title: string;
}

/** Fields an item's definition shares between create and edit. */
@InputType({ isAbstract: true })
abstract class ItemDefinitionFields {
  @Field({ nullable: true, description: 'The evidence the unit is expected to attach.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  evidenceExpected?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Due date: required for ONCE, optional for YEARLY, not used by MONTHLY and QUARTERLY.',
  })
  @IsOptional()
  @IsString()
  dueOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Recurring items: working days after a period ends until it is due, 0–30 (default 5).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  dueWorkingDays?: number;
}

@InputType({ description: 'A new item at the end of a list. STAFF.' })
export class CreateResponsibilityItemInput extends ItemDefinitionFields {
  @Field(() => ID, { description: 'The list.' })
  @IsString()
  listId: string;

  @Field({ description: 'The requirement, 2–2000 characters.' })
  @IsString()
  @Length(2, 2000)
  content: string;

  @Field(() => CadenceEnum, { description: 'Once, or once per month, quarter or year.' })
  @IsIn(CADENCES)
  cadence: Cadence;
}

@InputType({ description: 'Changes to an item; fields left out stay as they are. STAFF.' })
export class UpdateResponsibilityItemInput extends ItemDefinitionFields {
  @Field(() => ID, { description: 'The item.' })
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @Field({ nullable: true, description: 'The requirement, 2–2000 characters.' })
  @IsOptional()
  @IsString()
  @Length(2, 2000)
  content?: string;

  @Field(() => CadenceEnum, { nullable: true, description: 'Once, or once per month, quarter or year.' })
  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;
}

@InputType({
  description:
    'Assigns an item to units in bulk. STAFF. The units are those matching every filter given (unitKind, tag, functionalDepartmentsOnly), plus unitIds; units that already carry the item are left untouched.',
})
export class AssignItemInput {
  @Field(() => ID, { description: 'The item.' })
  @IsString()
  itemId: string;

  @Field(() => UnitKindEnum, { nullable: true, description: 'All units of this kind, e.g. COUNTY.' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: UnitKind;

  @Field({ nullable: true, description: 'All units with this tag, e.g. poverty-county.' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  tag?: string;

  @Field({ nullable: true, description: 'Only the poverty-related functional departments (职能部门).' })
  @IsOptional()
  @IsBoolean()
  functionalDepartmentsOnly?: boolean;

  @Field(() => [ID], { nullable: true, description: 'A hand-picked set of units.' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(5000)
  unitIds?: string[];
}

@InputType({ description: 'A unit’s report on an assignment. REPORTER of the unit, or STAFF.' })
export class UpdateAssignmentInput {
  @Field(() => ID, { description: 'The assignment.' })
  @IsString()
  assignmentId: string;

  @Field(() => Float, { description: 'Cumulative percent 0–100 of the period’s obligation.' })
  @IsNumber()
  percent: number;

  @Field({ description: 'What was done; required.' })
  @IsString()
  @MaxLength(2000)
  summary: string;

  @Field({
    nullable: true,
    description:
      'The period reported on (2026-11, 2026-Q4, 2026, ONCE); defaults to the current one; never a future one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  period?: string;

  @Field(() => [ID], { nullable: true, description: 'Evidence files uploaded by you to POST /api/files.' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  attachmentIds?: string[];

  @Field(() => Int, { nullable: true, description: 'The assignment version you read; CONFLICT when stale.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType({ description: 'Staff’s check of an update’s evidence. STAFF.' })
export class ReviewAssignmentUpdateInput {
  @Field(() => ID, { description: 'The update.' })
  @IsString()
  updateId: string;

  @Field({ description: 'False: evidence insufficient (证据不足), which reopens the period.' })
  @IsBoolean()
  sufficient: boolean;

  @Field({ nullable: true, description: 'What is missing; required when the evidence is insufficient.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
