import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  ALERT_LEVELS,
  ALERT_RULES,
  ALERT_STATUSES,
  type AlertLevel,
  type AlertRuleKind,
  type AlertStatus,
} from '@lvze/domain';
import { AlertLevelEnum, AlertRuleKindEnum, AlertStatusEnum } from './alert.model.js';

export const MAX_ALERTS = 1000;

@ArgsType()
export class AlertsArgs {
  @Field(() => AlertStatusEnum, { nullable: true, description: 'Only alerts with this status.' })
  @IsOptional()
  @IsIn(ALERT_STATUSES)
  status?: AlertStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit’s alerts; a REPORTER may ask only for their own unit.',
  })
  @IsOptional()
  @IsString()
  unitId?: string;

  @Field(() => AlertLevelEnum, { nullable: true, description: 'Only alerts at this level.' })
  @IsOptional()
  @IsIn(ALERT_LEVELS)
  level?: AlertLevel;

  @Field(() => AlertRuleKindEnum, { nullable: true, description: 'Only alerts of this rule.' })
  @IsOptional()
  @IsIn(ALERT_RULES)
  rule?: AlertRuleKind;

  @Field(() => ID, { nullable: true, description: 'Only alerts about this task, assignment or report.' })
  @IsOptional()
  @IsString()
  subjectId?: string;

  @Field(() => Int, {
    nullable: true,
    description: `At most this many, newest first (default 200, at most ${MAX_ALERTS}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ALERTS)
  limit?: number;
}

@ArgsType()
export class AcknowledgeAlertArgs {
  @Field(() => ID, { description: 'The alert.' })
  @IsString()
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the unit is doing about it, for the record (at most 500 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@ArgsType()
export class AlertCountsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit’s alerts; a REPORTER’s own unit by default.',
  })
  @IsOptional()
  @IsString()
  unitId?: string;
}

@ArgsType()
export class AlertFiredArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit’s alerts; a REPORTER hears only their own unit’s in any case.',
  })
  @IsOptional()
  @IsString()
  unitId?: string;
}
