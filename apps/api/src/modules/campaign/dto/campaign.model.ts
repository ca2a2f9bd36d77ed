import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
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
