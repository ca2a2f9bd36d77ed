import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { REPORT_CADENCES, type ReportCadence } from '@lvze/domain';
import { DateScalar, JsonScalar } from '../../../core/graphql/scalars.js';
import { UnitKindEnum } from '../../organization/dto/unit.model.js';
import { UNIT_KINDS, type UnitKind } from '../../organization/unit.entity.js';
import { REPORT_FILERS, REPORT_STATUSES, type ReportFiler, type ReportStatus } from '../report.entity.js';
import { ReportStatusEnum } from './report.model.js';

export const DUE_RULE_KINDS = ['WORKING_DAYS_AFTER_PERIOD', 'FIXED_DATE'] as const;

@ArgsType()
export class ReportObligationsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit’s reports. A REPORTER sees their own unit’s only (FORBIDDEN for another).',
  })
  @IsOptional()
  @IsString()
  unitId?: string;

  @Field(() => ReportStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: ReportStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  templateId?: string;

  @Field({ nullable: true, description: '2026-05, 2026-Q2, 2026, 2026-W22 or ONCE.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  period?: string;

  @Field({ nullable: true, description: 'true: only reports past their due time and not filed.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({
    nullable: true,
    description:
      'true: only the reports you file: your unit’s (REPORTER), or the contact-point records of the counties linked to you (LEADER).',
  })
  @IsOptional()
  @IsBoolean()
  filedByMe?: boolean;
}

@InputType('ReportDueRuleInput', {
  description: 'WORKING_DAYS_AFTER_PERIOD with days (0–60), or FIXED_DATE with date (one-off reports only).',
})
export class ReportDueRuleInput {
  @Field(() => String)
  @IsIn(DUE_RULE_KINDS)
  kind: (typeof DUE_RULE_KINDS)[number];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  days?: number;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  date?: string;
}

@InputType('ReportAudienceInput', {
  description:
    'Who files (a union): units of these kinds, units with these tags, the functional departments, these units.',
})
export class ReportAudienceInput {
  @Field(() => [UnitKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(UNIT_KINDS, { each: true })
  unitKinds?: UnitKind[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(50)
  tags?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  functionalDepartments?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(5000)
  unitIds?: string[];
}

@InputType({ description: 'A new required report. STAFF.' })
export class CreateReportTemplateInput {
  @Field({ description: 'Unique code: letters, digits and -, e.g. monthly-work.' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/i)
  code: string;

  @Field({ description: 'Name, 2–200 characters.' })
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => String, { description: 'ONCE, WEEKLY, MONTHLY, QUARTERLY or YEARLY; fixed once created.' })
  @IsIn(REPORT_CADENCES)
  cadence: ReportCadence;

  @Field(() => ReportDueRuleInput)
  @ValidateNested()
  @Type(() => ReportDueRuleInput)
  dueRule: ReportDueRuleInput;

  @Field(() => ReportAudienceInput)
  @ValidateNested()
  @Type(() => ReportAudienceInput)
  audience: ReportAudienceInput;

  @Field(() => String, {
    nullable: true,
    description:
      'UNIT (default): a reporter of each unit files; CONTACT_LEADER: the leader linked to the unit as its contact point files.',
  })
  @IsOptional()
  @IsIn(REPORT_FILERS)
  filedBy?: ReportFiler;

  @Field(() => JsonScalar, { description: 'The form: { fields: [...] } (libs/domain ReportForm).' })
  form: unknown;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to the current campaign’s start.' })
  @IsOptional()
  @IsString()
  activeFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to open-ended.' })
  @IsOptional()
  @IsString()
  activeUntil?: string | null;
}

@InputType({
  description:
    'Changes to a template; fields left out stay as they are. A changed form is saved as a new version: reports already filed keep theirs. STAFF.',
})
export class UpdateReportTemplateInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field(() => ReportDueRuleInput, {
    nullable: true,
    description: 'Moves the due time of reports not yet filed.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportDueRuleInput)
  dueRule?: ReportDueRuleInput;

  @Field(() => ReportAudienceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportAudienceInput)
  audience?: ReportAudienceInput;

  @Field(() => String, { nullable: true, description: 'UNIT or CONTACT_LEADER.' })
  @IsOptional()
  @IsIn(REPORT_FILERS)
  filedBy?: ReportFiler;

  @Field(() => JsonScalar, { nullable: true })
  @IsOptional()
  form?: unknown;

  @Field(() => DateScalar, { nullable: true, description: 'null: open-ended.' })
  @IsOptional()
  @IsString()
  activeUntil?: string | null;
}

@InputType({ description: 'Saves what the reporter typed so far; not validated. REPORTER of the unit.' })
export class SaveReportDraftInput {
  @Field(() => ID)
  @IsString()
  obligationId: string;

  @Field(() => JsonScalar)
  content: unknown;

  @Field(() => Int, { nullable: true, description: 'The version you read; CONFLICT when stale.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType({ description: 'Files a report; validated against its form. REPORTER of the unit.' })
export class SubmitReportInput {
  @Field(() => ID)
  @IsString()
  obligationId: string;

  @Field(() => JsonScalar, {
    description: '{ [fieldKey]: value }; BAD_USER_INPUT names the first wrong field.',
  })
  content: unknown;

  @Field(() => Int, { nullable: true, description: 'The version you read; CONFLICT when stale.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType({ description: 'Accepts a submitted report or returns it with a comment. STAFF.' })
export class ReviewReportInput {
  @Field(() => ID)
  @IsString()
  obligationId: string;

  @Field()
  @IsBoolean()
  accept: boolean;

  @Field({ nullable: true, description: 'Required when returning: what to fix.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; CONFLICT when stale.' })
  @IsOptional()
  @IsInt()
  version?: number;
}
