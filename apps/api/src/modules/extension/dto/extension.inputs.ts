import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { DateScalar } from '../../../core/graphql/scalars.js';
import { EXTENSION_STATUSES, type ExtensionStatus } from '../due-date-extension.entity.js';
import { ExtensionStatusEnum } from './extension.model.js';

export const EXTENSION_REASON_MAX = 1000;

@InputType({
  description: 'A request for a later due date on a task. A REPORTER of its lead unit, or STAFF.',
})
export class RequestDueDateExtensionInput {
  @Field(() => ID)
  @IsString()
  taskId: string;

  @Field(() => DateScalar, {
    description: 'The due date asked for: after the current one, within the campaign.',
  })
  @IsString()
  requestedDueOn: string;

  @Field({ description: `Why more time is justified (at most ${EXTENSION_REASON_MAX} characters).` })
  @IsString()
  @MaxLength(EXTENSION_REASON_MAX)
  reason: string;
}

@InputType({ description: 'Approves or refuses a pending request. STAFF or LEADER.' })
export class DecideDueDateExtensionInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'True approves (the due date moves); false refuses (nothing changes).' })
  @IsBoolean()
  approve: boolean;

  @Field({ nullable: true, description: 'Required when refusing: the reason, for the unit.' })
  @IsOptional()
  @IsString()
  @MaxLength(EXTENSION_REASON_MAX)
  note?: string;
}

@ArgsType()
export class DueDateExtensionsArgs {
  @Field(() => ExtensionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(EXTENSION_STATUSES)
  status?: ExtensionStatus;

  @Field(() => ID, { nullable: true, description: 'Only requests on this task.' })
  @IsOptional()
  @IsString()
  taskId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit’s; a REPORTER may ask only for their own.',
  })
  @IsOptional()
  @IsString()
  unitId?: string;
}
