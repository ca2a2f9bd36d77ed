import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DateScalar } from '../../../core/graphql/scalars.js';

@ObjectType('Campaign', { description: 'A year-long special campaign (专项治理).' })
export class CampaignModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Full name of the campaign.' })
  name: string;

  @Field(() => Int, { description: 'The campaign year.' })
  year: number;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day.' })
  endsOn: string;

  @Field(() => Int, { description: 'Row version for updateCampaignSettings.' })
  version: number;
}

@InputType({ description: 'A new campaign for a year; it runs the whole calendar year.' })
export class CreateCampaignInput {
  @Field({ description: 'Full name.' })
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => Int, { description: 'The year, e.g. 2027.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

@ObjectType('CampaignSettings', {
  description: 'The campaign’s status thresholds and alert escalation delays (domain.md “Rules”).',
})
export class CampaignSettingsModel {
  @Field(() => Int, {
    description: 'Points behind plan that make a task AT_RISK (yellow) and fire BEHIND_PLAN.',
  })
  atRiskPoints: number;

  @Field(() => Int, {
    description: 'Points behind plan that make a task SLIPPED (red); BEHIND_PLAN becomes a WARNING.',
  })
  slippedPoints: number;

  @Field(() => Int, { description: 'DUE_SOON fires this many working days before the due date…' })
  dueSoonWorkingDays: number;

  @Field(() => Int, { description: '…when progress is below this percent.' })
  dueSoonBelowPercent: number;

  @Field({
    description: "A missed weekly update becomes a WARNING at this time ('HH:mm') of the next working day.",
  })
  missedUpdateWarningTime: string;

  @Field(() => Int, {
    description: 'Working days past due before an unfinished item reaches ACCOUNTABILITY.',
  })
  overdueAccountabilityWorkingDays: number;

  @Field(() => Int, {
    description: 'Working days after a report’s due time before REPORT_OVERDUE is a WARNING.',
  })
  reportWarningWorkingDays: number;

  @Field(() => Int, { description: '…and before it reaches ACCOUNTABILITY.' })
  reportAccountabilityWorkingDays: number;
}

@InputType({
  description: 'New thresholds and delays for a campaign; checked together (version-checked). STAFF, ADMIN.',
})
export class UpdateCampaignSettingsInput {
  @Field(() => ID)
  @IsString()
  campaignId: string;

  @Field(() => Int, { description: 'The campaign version read; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Int)
  @IsInt()
  atRiskPoints: number;

  @Field(() => Int)
  @IsInt()
  slippedPoints: number;

  @Field(() => Int)
  @IsInt()
  dueSoonWorkingDays: number;

  @Field(() => Int)
  @IsInt()
  dueSoonBelowPercent: number;

  @Field()
  @Matches(/^\d{2}:\d{2}$/)
  missedUpdateWarningTime: string;

  @Field(() => Int)
  @IsInt()
  overdueAccountabilityWorkingDays: number;

  @Field(() => Int)
  @IsInt()
  reportWarningWorkingDays: number;

  @Field(() => Int)
  @IsInt()
  reportAccountabilityWorkingDays: number;
}
