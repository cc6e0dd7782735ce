import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'a day of the work calendar that working-hour deadlines count by' })
export class CalendarDay {
  @Field(() => String, { description: 'YYYY-MM-DD, Beijing time' })
  date: string;

  @Field(() => Boolean, { description: 'whether working-hour deadlines count this day: false on weekends and public holidays, true on make-up working days (调休)' })
  working: boolean;

  @Field(() => String, { nullable: true, description: 'the holiday or make-up working day (调休) it is, if any' })
  name: string | null;
}

@InputType({ description: 'how one day of the work calendar counts, overriding the Monday-to-Friday rule' })
export class SetWorkCalendarDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD, Beijing time, in the years 2000 to 2100' })
  date: string;

  @Field(() => Boolean, { description: 'true: a working day; false: a day off' })
  working: boolean;

  @Field(() => String, { nullable: true, description: 'the holiday or make-up working day (调休) it is, at most 100 characters; null or empty: none' })
  name?: string | null;
}
