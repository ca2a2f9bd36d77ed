import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';

@ArgsType()
export class WeeklyBulletinArgs {
  @Field({ nullable: true, description: 'The ISO week, e.g. 2026-W48; defaults to the last completed week.' })
  @IsOptional()
  @Matches(/^\d{4}-W\d{2}$/, { message: 'week must look like 2026-W48' })
  week?: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the current campaign.' })
  @IsOptional()
  @IsString()
  campaignId?: string;
}
