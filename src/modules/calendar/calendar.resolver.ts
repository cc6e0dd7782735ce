import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { setWorkCalendarDay, workCalendar } from './calendar.service.js';
import { CalendarDay, SetWorkCalendarDayInput } from './calendar.types.js';

@Resolver()
export class CalendarResolver {
  @Allow('content.read')
  @Query(() => [CalendarDay], { description: 'every day of a year: weekends, public holidays and make-up working days (调休), as working-hour deadlines count them' })
  workCalendar(@Arg('year', () => Int, { description: 'the calendar year, 2000 to 2100' }) year: number, @Ctx() ctx: Context) {
    return workCalendar(ctx.db, year);
  }

  @Allow('knowledge.configure')
  @Mutation(() => CalendarDay, { description: 'say whether a day is worked; deadlines raised afterwards follow it, those already set keep theirs (audited)' })
  setWorkCalendarDay(@Arg('input', () => SetWorkCalendarDayInput, { description: 'the day and whether it is worked' }) input: SetWorkCalendarDayInput, @Ctx() ctx: Context) {
    return setWorkCalendarDay(ctx.db, actorOf(ctx), input);
  }
}
