import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { TASK_STATUSES, type TaskStatus } from '@lvze/domain';
import { DateScalar } from '../../../core/graphql/scalars.js';
import { TaskStatusEnum } from '../../task/dto/task.model.js';

@ArgsType()
export class SupervisionOrdersArgs {
  @Field(() => TaskStatusEnum, {
    nullable: true,
    description: 'Only orders whose rectification task has this status now.',
  })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit’s orders; a REPORTER may ask only for their own unit.',
  })
  @IsOptional()
  @IsString()
  unitId?: string;
}

@InputType({
  description: 'A supervision order (督办单) issued from an ACCOUNTABILITY-level alert. STAFF, LEADER.',
})
export class IssueSupervisionOrderInput {
  @Field(() => ID, { description: 'The ACCOUNTABILITY-level alert; one order per alert.' })
  @IsString()
  alertId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The matter supervised (督办事项); defaults to the alert’s task or list item.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  matter?: string;

  @Field(() => DateScalar, {
    description: 'Rectification deadline (整改时限): from today to the campaign’s end; the task’s due date.',
  })
  @IsString()
  rectifyBy: string;

  @Field(() => ID, { description: 'The responsible leader (责任领导): a LEADER user.' })
  @IsString()
  leaderId: string;

  @Field({ description: 'Rectification requirements (整改要求), 1–2000 characters.' })
  @IsString()
  @Length(1, 2000)
  requirements: string;
}
