import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'a day of the work calendar that working-hour deadlines count by' })
export class CalendarDay {
  @Field(() => String, { description: 'YYYY-MM-DD, Beijing time' })
  date: string;

  @Field(() => Boolean)
  working: boolean;

  @Field(() => String, { nullable: true, description: 'the holiday or make-up working day (调休) it is, if any' })
  name: string | null;
}

@InputType()
export class SetWorkCalendarDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Boolean)
  working: boolean;

  @Field(() => String, { nullable: true })
  name?: string | null;
}
