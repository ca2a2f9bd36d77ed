import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar } from '../../../core/graphql/scalars.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { TaskModel } from '../../task/dto/task.model.js';
import { UserModel } from '../../user/dto/user.model.js';
import { EXTENSION_STATUSES, type ExtensionStatus } from '../due-date-extension.entity.js';

export const ExtensionStatusEnum = Object.fromEntries(EXTENSION_STATUSES.map((s) => [s, s])) as {
  [K in ExtensionStatus]: K;
};
registerEnumType(ExtensionStatusEnum, {
  name: 'ExtensionStatus',
  description:
    'PENDING awaits a decision (escalation pauses meanwhile); APPROVED moved the due date; REFUSED changed nothing.',
});

@ObjectType('DueDateExtension', {
  description: 'A request for a later due date on a task (延期申请), and the decision on it.',
})
export class DueDateExtensionModel {
  @Field(() => ID)
  id: string;

  @Field(() => TaskModel)
  task?: TaskModel;

  taskId: string;

  @Field(() => UnitModel, { description: 'The unit asking: the task’s lead unit.' })
  unit?: UnitModel;

  unitId: string;

  @Field(() => ExtensionStatusEnum)
  status: ExtensionStatus;

  @Field(() => DateScalar, { description: 'The due date when the request was made.' })
  originalDueOn: string;

  @Field(() => DateScalar)
  requestedDueOn: string;

  @Field()
  reason: string;

  @Field(() => UserModel, { nullable: true })
  requestedBy?: UserModel | null;

  requestedById: string;

  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Field(() => UserModel, { nullable: true })
  decidedBy?: UserModel | null;

  decidedById: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;

  @Field(() => Int)
  version: number;
}
