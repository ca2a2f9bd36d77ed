import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { ACCOUNTABILITY_DECISIONS, type AccountabilityDecision } from '@lvze/domain';
import { DateScalar } from '../../../core/graphql/scalars.js';
import { AccountabilityDecisionEnum } from './accountability.model.js';

export const PERSONS_MAX = 500;
export const REASON_MAX = 2000;

@InputType({ description: 'An accountability decision (问责记录) to record. STAFF.' })
export class RecordAccountabilityInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The ACCOUNTABILITY-level alert it answers; its unit is the record’s unit.',
  })
  @IsOptional()
  @IsString()
  alertId?: string;

  @Field(() => ID, { nullable: true, description: 'The unit held to account; required without alertId.' })
  @IsOptional()
  @IsString()
  unitId?: string;

  @Field(() => AccountabilityDecisionEnum, { description: 'The decision taken.' })
  @IsIn(ACCOUNTABILITY_DECISIONS)
  decision: AccountabilityDecision;

  @Field({ description: `The persons held to account, name and post (at most ${PERSONS_MAX} characters).` })
  @IsString()
  @MaxLength(PERSONS_MAX)
  persons: string;

  @Field({ description: `Why (at most ${REASON_MAX} characters).` })
  @IsString()
  @MaxLength(REASON_MAX)
  reason: string;

  @Field(() => DateScalar, { description: 'The date of the decision (Beijing), not in the future.' })
  @IsString()
  decidedOn: string;
}

@InputType({
  description: 'Corrects a recorded decision; fails with CONFLICT if someone changed it meanwhile.',
})
export class UpdateAccountabilityRecordInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => AccountabilityDecisionEnum)
  @IsIn(ACCOUNTABILITY_DECISIONS)
  decision: AccountabilityDecision;

  @Field()
  @IsString()
  @MaxLength(PERSONS_MAX)
  persons: string;

  @Field()
  @IsString()
  @MaxLength(REASON_MAX)
  reason: string;

  @Field(() => DateScalar)
  @IsString()
  decidedOn: string;
}

@ArgsType()
export class AccountabilityRecordsArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this unit; a REPORTER may ask only for their own.' })
  @IsOptional()
  @IsString()
  unitId?: string;

  @Field(() => AccountabilityDecisionEnum, { nullable: true, description: 'Only this decision.' })
  @IsOptional()
  @IsIn(ACCOUNTABILITY_DECISIONS)
  decision?: AccountabilityDecision;
}
