import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Where a timeline item comes from; partners' subgraphs add their own source. */
export enum AgendaSource {
  DAYCARE = 'DAYCARE',
  CLINIC = 'CLINIC',
  SOCIAL_OFFICE = 'SOCIAL_OFFICE',
}

/** HL7 FHIR Appointment statuses; the stored value is the FHIR code. */
export enum AgendaStatus {
  PROPOSED = 'proposed',
  PENDING = 'pending',
  BOOKED = 'booked',
  ARRIVED = 'arrived',
  CHECKED_IN = 'checked-in',
  FULFILLED = 'fulfilled',
  CANCELLED = 'cancelled',
  NOSHOW = 'noshow',
  ENTERED_IN_ERROR = 'entered-in-error',
  WAITLIST = 'waitlist',
}

registerEnumType(AgendaSource, { name: 'AgendaSource', description: 'The service a timeline item was booked with.' });
registerEnumType(AgendaStatus, { name: 'AgendaStatus', description: 'Booking status, aligned with HL7 FHIR Appointment.status.' });

@Directive('@shareable')
@ObjectType({ description: 'Where a booked service happens.' })
export class AgendaLocation {
  @Field()
  name: string;

  @Field({ nullable: true })
  address?: string;
}

@Directive('@shareable')
@ObjectType({ description: "One booked service in a family's timeline, whichever provider holds it." })
export class AgendaItem {
  @Field(() => ID, { description: "The provider's own id for the booking." })
  id: string;

  @Field(() => AgendaSource)
  source: AgendaSource;

  @Field({ description: 'What the booking is, in words a family member understands; never a diagnosis.' })
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date;

  @Field(() => AgendaStatus)
  status: AgendaStatus;

  @Field(() => AgendaLocation, { nullable: true })
  location?: AgendaLocation;
}

/**
 * The product decision on the timeline's reach: the last 30 days (to show what was missed)
 * and the next 90 (to remind). `@requires` cannot pass client variables, so it is fixed here.
 */
export const AGENDA_DAYS_BACK = 30;
export const AGENDA_DAYS_AHEAD = 90;

export function agendaWindow(now = new Date()): { from: Date; to: Date } {
  const day = 24 * 60 * 60 * 1000;
  return { from: new Date(now.getTime() - AGENDA_DAYS_BACK * day), to: new Date(now.getTime() + AGENDA_DAYS_AHEAD * day) };
}

/** The selection the families subgraph requires from each provider's agenda field. */
export const AGENDA_ITEM_SELECTION = 'id source title startsAt endsAt status location { name address }';
