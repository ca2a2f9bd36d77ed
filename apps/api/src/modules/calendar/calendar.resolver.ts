import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../../core/graphql/scalars.js';
import { AnyRole, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CalendarDay } from './calendar-day.entity.js';
import { CalendarService } from './calendar.service.js';
import {
  CalendarDayModel,
  CalendarYearArgs,
  SetCalendarDayInput,
  WorkingCalendarYearModel,
} from './dto/calendar.model.js';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendarService: CalendarService) {}

  @Query(() => WorkingCalendarYearModel, { description: 'The working-day calendar of a year.' })
  @AnyRole()
  async workingCalendar(@Args() { year }: CalendarYearArgs): Promise<WorkingCalendarYearModel> {
    const calendar = await this.calendarService.calendar();
    return {
      year,
      covered: calendar.coversYear(year),
      workingDays: calendar.countWorkingDays(`${year}-01-01`, `${year}-12-31`),
      overrides: await this.calendarService.overrides(year),
    };
  }

  @Mutation(() => CalendarDayModel, { description: 'Marks a day as holiday or make-up working day. ADMIN.' })
  @Roles('ADMIN')
  setCalendarDay(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: SetCalendarDayInput,
  ): Promise<CalendarDay> {
    return this.calendarService.setDay(actor, input.date, input.kind, input.name ?? null);
  }

  @Mutation(() => Boolean, { description: 'Removes an override; the shipped data applies again. ADMIN.' })
  @Roles('ADMIN')
  removeCalendarDay(
    @CurrentUser() actor: AuthUser,
    @Args('date', { type: () => DateScalar }) date: string,
  ): Promise<boolean> {
    return this.calendarService.removeDay(actor, date);
  }
}
