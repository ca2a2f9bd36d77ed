import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TaskStatus } from '@lvze/domain';
import { DateScalar, DateTimeScalar } from '../../../core/graphql/scalars.js';
import { StoredFileModel } from '../../file/dto/stored-file.model.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { TaskStatusEnum } from '../../task/dto/task.model.js';
import { UserModel } from '../../user/dto/user.model.js';
import { ResponsibilityItemModel } from './responsibility.model.js';

@ObjectType('AssignmentReview', {
  description: 'Staff’s check of an update’s evidence; "insufficient" reopens the period.',
})
export class AssignmentReviewModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The update reviewed.' })
  updateId: string;

  @Field({ description: 'False: evidence insufficient (证据不足), the period is reopened.' })
  sufficient: boolean;

  @Field({ description: 'What is missing, or any remark.' })
  comment: string;

  @Field(() => UserModel, { description: 'The staff member who reviewed.' })
  reviewer?: UserModel;

  reviewerId: string;

  @Field(() => DateTimeScalar, { description: 'When it was reviewed.' })
  createdAt: Date;
}

@ObjectType('AssignmentUpdate', {
  description: 'A unit’s report on one period of an assignment; never overwritten.',
})
export class AssignmentUpdateModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'The period reported on: 2026-11, 2026-Q4, 2026 or ONCE.' })
  period: string;

  @Field(() => Float, { description: 'Cumulative percent 0–100 of the period’s obligation, as claimed.' })
  percent: number;

  @Field({ description: 'What was done.' })
  summary: string;

  @Field(() => UserModel, { description: 'Who filed it.' })
  author?: UserModel;

  authorId: string;

  @Field(() => DateTimeScalar, { description: 'When it was filed.' })
  createdAt: Date;

  @Field(() => [StoredFileModel], { description: 'Evidence files.' })
  attachments?: StoredFileModel[];

  @Field(() => AssignmentReviewModel, { nullable: true, description: 'The latest review; null before any.' })
  review?: AssignmentReviewModel | null;

  @Field({ description: 'The latest review found the evidence insufficient: its percent does not count.' })
  rejected?: boolean;
}

@ObjectType('AssignmentPeriod', { description: 'One period’s obligation of an assignment and its status.' })
export class AssignmentPeriodModel {
  @Field({ description: 'The period: 2026-11, 2026-Q4, 2026 or ONCE.' })
  period: string;

  @Field(() => DateScalar, { description: 'Work on it runs from this date.' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  endsOn: string;

  @Field(() => DateScalar, { description: 'Due at the end of this day.' })
  dueOn: string;

  @Field(() => TaskStatusEnum, { description: 'Status as of now, by the task rules.' })
  status: TaskStatus;

  @Field(() => Float, {
    description: 'Accepted cumulative percent (an update marked insufficient does not count).',
  })
  percent: number;

  @Field(() => Float, {
    description: 'Planned percent as of now: linear over the working days of the window.',
  })
  plannedPercent: number;

  @Field({ description: 'Done, but after the due date.' })
  completedLate: boolean;

  @Field({ description: 'The latest update was marked "evidence insufficient" and nothing was filed since.' })
  reopened: boolean;

  @Field(() => [String], { description: 'ISO weeks whose update deadline passed with no update.' })
  missedWeeks: string[];
}

@ObjectType('Assignment', {
  description:
    'One responsibility item carried by one unit (逐一落实); status is that of the current period.',
})
export class AssignmentModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ResponsibilityItemModel, { description: 'The duty.' })
  item?: ResponsibilityItemModel;

  itemId: string;

  @Field(() => UnitModel, { description: 'The unit carrying it.' })
  unit?: UnitModel;

  unitId: string;

  @Field(() => Int, { description: 'Row version; bumped by every update and review.' })
  version: number;

  @Field(() => TaskStatusEnum, { description: 'Status of the current period as of now.' })
  status?: TaskStatus;

  @Field(() => Float, { description: 'Accepted cumulative percent of the current period.' })
  percent?: number;

  @Field(() => Float, { description: 'Planned percent of the current period as of now.' })
  plannedPercent?: number;

  @Field(() => DateScalar, { nullable: true, description: 'Due date of the current period.' })
  dueOn?: string | null;

  @Field({ description: 'The current period: 2026-11, 2026-Q4, 2026 or ONCE.' })
  currentPeriod?: string;

  @Field(() => DateScalar, { description: 'Start of the current period’s window.' })
  periodStartsOn?: string;

  @Field({ description: 'Done, but after the due date.' })
  completedLate?: boolean;

  @Field({ description: 'The current period was reopened: evidence insufficient, no update since.' })
  reopened?: boolean;

  @Field(() => [String], {
    description: 'ISO weeks of the current period whose update deadline passed with no update.',
  })
  missedWeeks?: string[];

  @Field(() => [AssignmentPeriodModel], { description: 'Every period up to the current one, oldest first.' })
  periods?: AssignmentPeriodModel[];

  @Field(() => [AssignmentUpdateModel], { description: 'Every update of every period, newest first.' })
  updates?: AssignmentUpdateModel[];

  @Field(() => [AssignmentReviewModel], { description: 'Every review, newest first.' })
  reviews?: AssignmentReviewModel[];
}

@ObjectType('ResponsibilityMatrixCell', { description: 'One unit’s assignment of one item.' })
export class ResponsibilityMatrixCellModel {
  @Field(() => ID, { description: 'The assignment; open it with assignment(id).' })
  assignmentId: string;

  @Field(() => ID, { description: 'The unit (column).' })
  unitId: string;

  @Field(() => TaskStatusEnum, { description: 'Status of the current period.' })
  status: TaskStatus;

  @Field(() => Float, { description: 'Accepted percent of the current period.' })
  percent: number;

  @Field({ description: 'The current period.' })
  period: string;

  @Field(() => DateScalar, { description: 'Due date of the current period.' })
  dueOn: string;

  @Field({ description: 'Evidence insufficient, no update since.' })
  reopened: boolean;
}

@ObjectType('ResponsibilityMatrixRow', { description: 'One item across the units.' })
export class ResponsibilityMatrixRowModel {
  @Field(() => ResponsibilityItemModel, { description: 'The item (row).' })
  item: ResponsibilityItemModel;

  @Field(() => [ResponsibilityMatrixCellModel], {
    nullable: 'items',
    description:
      'One cell per unit, in the order of ResponsibilityMatrix.units; null where the unit does not carry the item.',
  })
  cells: (ResponsibilityMatrixCellModel | null)[];
}

@ObjectType('ResponsibilityMatrix', { description: 'Items × units: which unit lags on which duty.' })
export class ResponsibilityMatrixModel {
  @Field(() => DateScalar, { description: 'Today’s date in Beijing, for which current periods are shown.' })
  asOf: string;

  @Field(() => [UnitModel], {
    description: 'The columns: units carrying at least one item shown, in unit order.',
  })
  units: UnitModel[];

  @Field(() => [ResponsibilityMatrixRowModel], {
    description: 'The rows: items carried by at least one unit shown, by list then number.',
  })
  rows: ResponsibilityMatrixRowModel[];
}

@ObjectType('AssignItemResult', { description: 'What a bulk assignment did.' })
export class AssignItemResultModel {
  @Field(() => Int, { description: 'Assignments created now.' })
  created: number;

  @Field(() => Int, { description: 'Selected units that already carried the item (left untouched).' })
  existing: number;

  @Field(() => [AssignmentModel], { description: 'Every assignment of the selected units for the item.' })
  assignments: AssignmentModel[];
}
