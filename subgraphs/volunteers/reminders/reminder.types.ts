import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgendaItem } from '../../kit/agenda';
import { LocalDateScalar } from '../../kit/date-time';
import { Family } from '../family/family';

export enum ReminderKind {
  UPCOMING = 'UPCOMING',
  MISSED = 'MISSED',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: 'Why an item is on a companion’s reminder list.',
  valuesConfig: {
    UPCOMING: { description: 'A standing booking in the next 48 hours: remind the family.' },
    MISSED: { description: 'A no-show of the last 14 days: help the family book again.' },
  },
});

@ObjectType({ description: "One item of a family's timeline a companion should act on." })
export class Reminder {
  @Field(() => ReminderKind, { description: 'Upcoming in the next 48 hours, or missed in the last 14 days.' })
  kind: ReminderKind;

  @Field(() => Family, { description: 'The family the booking belongs to.' })
  family: Family;

  @Field(() => AgendaItem, { description: "The booking, as the family's `agenda` shows it." })
  item: AgendaItem;
}

@ObjectType({ description: 'Appointments kept and missed in one period.' })
export class KeptAndMissedCount {
  @Field(() => Int, { description: 'Appointments that took place (FULFILLED, ARRIVED, CHECKED_IN).' })
  kept: number;

  @Field(() => Int, { description: 'Appointments the family did not come to (NOSHOW).' })
  missed: number;

  @Field(() => Float, { nullable: true, description: 'kept / (kept + missed), 0 to 1; null when there were none.' })
  keptShare: number | null;
}

@ObjectType({ description: "One family's appointments kept against missed, before and during companionship." })
export class FamilyAppointmentRecord {
  @Field(() => Family, { description: 'The family.' })
  family: Family;

  @Field(() => LocalDateScalar, { description: 'The first day of the companionship the periods are split at.' })
  companionshipStartsOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of the companionship; null while it goes on.' })
  companionshipEndsOn: string | null;

  @Field(() => KeptAndMissedCount, { description: 'Before the companionship started, within the timeline’s reach (30 days back).' })
  before: KeptAndMissedCount;

  @Field(() => KeptAndMissedCount, { description: 'From the first day of the companionship to its end, or to now.' })
  during: KeptAndMissedCount;
}

@ObjectType({ description: 'The outcome measure of companionship: appointments kept against missed, per family and in total.' })
export class AppointmentOutcomes {
  @Field(() => [FamilyAppointmentRecord], {
    description: 'Each family followed: an active companionship with a companion of the organisation and a live consent to bookings.',
  })
  families: FamilyAppointmentRecord[];

  @Field(() => KeptAndMissedCount, { description: 'All families, before companionship.' })
  before: KeptAndMissedCount;

  @Field(() => KeptAndMissedCount, { description: 'All families, during companionship.' })
  during: KeptAndMissedCount;
}
