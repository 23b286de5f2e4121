import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { registry } from './registry';

/**
 * Where a timeline item comes from: one value per registry entry with an `agenda_source`, so a partner's
 * subgraph adds its source by registering it (e.g. `AgendaSource.DAYCARE` is daycare's).
 */
export const AgendaSource: Readonly<Record<string, string>> = Object.fromEntries(
  registry().subgraphs.flatMap((s) => (s.agendaSource ? [[s.agendaSource.value, s.agendaSource.value]] : [])),
);
export type AgendaSource = string;

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

registerEnumType(AgendaSource, {
  name: 'AgendaSource',
  description: 'The service a timeline item was booked with.',
  valuesConfig: Object.fromEntries(
    registry().subgraphs.flatMap((s) => (s.agendaSource ? [[s.agendaSource.value, { description: s.agendaSource.description }]] : [])),
  ),
});
registerEnumType(AgendaStatus, {
  name: 'AgendaStatus',
  description: 'Booking status, aligned with HL7 FHIR Appointment.status.',
  valuesConfig: {
    PROPOSED: { description: 'Suggested by the provider; not yet accepted by the family.' },
    PENDING: { description: 'Requested; waiting for the provider or the family to confirm.' },
    BOOKED: { description: 'Confirmed and upcoming: the kind a companion reminds the family of.' },
    ARRIVED: { description: 'The family has arrived at the place.' },
    CHECKED_IN: { description: 'The family has checked in and is waiting to be seen.' },
    FULFILLED: { description: 'The service took place: the appointment was kept.' },
    CANCELLED: { description: 'Cancelled in advance, e.g. a daycare day with an absence.' },
    NOSHOW: { description: 'The family did not come: the missed appointment companions exist to prevent.' },
    ENTERED_IN_ERROR: { description: 'Recorded by mistake; ignore it.' },
    WAITLIST: { description: 'On a waiting list for a free time.' },
  },
});

@Directive('@shareable')
@ObjectType({ description: 'Where a booked service happens.' })
export class AgendaLocation {
  @Field({ description: 'The place, e.g. the daycare unit or clinic name, safe to show to the family.' })
  name: string;

  @Field({ nullable: true, description: 'Street address of the place; null when the provider does not tell it.' })
  address?: string;
}

@Directive('@shareable')
@ObjectType({ description: "One booked service in a family's timeline, whichever provider holds it." })
export class AgendaItem {
  @Field(() => ID, { description: "The provider's own id for the booking." })
  id: string;

  @Field(() => AgendaSource, { description: "Which provider holds the booking; use it to link to that provider's own view." })
  source: AgendaSource;

  @Field({ description: 'What the booking is, in words a family member understands; never a diagnosis.' })
  title: string;

  @Field(() => Date, { description: 'When the booked service starts, in Finnish local time (Europe/Helsinki).' })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ends, in Finnish local time; null when the provider gives only a start.' })
  endsAt?: Date;

  @Field(() => AgendaStatus, { description: 'Whether the booking stands, was kept, cancelled or missed (NOSHOW).' })
  status: AgendaStatus;

  @Field(() => AgendaLocation, { nullable: true, description: 'Where it happens; null when the provider gives no place.' })
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
