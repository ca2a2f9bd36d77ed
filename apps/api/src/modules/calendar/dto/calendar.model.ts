import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { DateScalar } from '../../../core/graphql/scalars.js';
import { CALENDAR_DAY_KINDS, type CalendarDayKind } from '../calendar-day.entity.js';

export const CalendarDayKindEnum = Object.fromEntries(CALENDAR_DAY_KINDS.map((k) => [k, k])) as {
  [K in CalendarDayKind]: K;
};
registerEnumType(CalendarDayKindEnum, {
  name: 'CalendarDayKind',
  description: 'HOLIDAY: a statutory day off; WORKDAY: a make-up working day (调休上班).',
});

@ObjectType('CalendarDay', { description: 'An admin-entered holiday or make-up working day.' })
export class CalendarDayModel {
  @Field(() => DateScalar)
  date: string;

  @Field(() => CalendarDayKindEnum)
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'e.g. 国庆节.' })
  name: string | null;
}

@ObjectType('WorkingCalendarYear', { description: 'What the product knows of one year’s working days.' })
export class WorkingCalendarYearModel {
  @Field(() => Int)
  year: number;

  @Field({
    description:
      'False when neither the shipped data nor an admin has entered this year’s official schedule: deadlines then assume Monday–Friday.',
  })
  covered: boolean;

  @Field(() => Int, { description: 'Working days in the year.' })
  workingDays: number;

  @Field(() => [CalendarDayModel], { description: 'Admin overrides in this year.' })
  overrides: CalendarDayModel[];
}

@ArgsType()
export class CalendarYearArgs {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

@InputType()
export class SetCalendarDayInput {
  @Field(() => DateScalar)
  @IsString()
  date: string;

  @Field(() => CalendarDayKindEnum)
  @IsIn(CALENDAR_DAY_KINDS)
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  name?: string;
}
