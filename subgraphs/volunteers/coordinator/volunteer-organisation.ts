import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { AGENDA_ITEM_SELECTION } from '../../kit/agenda';
import { Family, PROVIDER_AGENDA_FIELDS } from '../family/family';
import { AppointmentOutcomes } from '../reminders/reminder.types';

@ObjectType({ description: 'How many feedback answers named each workload.' })
export class WorkloadCounts {
  @Field(() => Int, { description: 'Answers "could do more".' })
  LIGHT: number;

  @Field(() => Int, { description: 'Answers "about right".' })
  RIGHT: number;

  @Field(() => Int, { description: 'Answers "too much".' })
  HEAVY: number;
}

@ObjectType({ description: "Companions' feedback after supervision meetings, in aggregate only." })
export class FeedbackSummary {
  @Field(() => Int, { description: 'Supervision meetings held.' })
  meetings: number;

  @Field(() => Int, { description: 'Feedback answers given.' })
  responses: number;

  @Field(() => Float, { nullable: true, description: 'Average usefulness, 1 to 5; null without answers.' })
  averageUsefulness: number | null;

  @Field(() => Float, { nullable: true, description: 'Average of how supported companions feel, 1 to 5; null without answers.' })
  averageFeelsSupported: number | null;

  @Field(() => WorkloadCounts, { description: 'How the work feels to carry.' })
  workload: WorkloadCounts;

  @Field(() => Int, { description: 'Answers saying the companion means to go on.' })
  continuing: number;
}

/** The families followed, in the order the outcome fetch returns them; see `followedFamilies`. */
const requiresFollowed = `followedFamilies { ${PROVIDER_AGENDA_FIELDS.map((f) => `${f} { ${AGENDA_ITEM_SELECTION} }`).join(' ')} }`;

@Directive('@key(fields: "name")')
@ObjectType({ description: 'A volunteer organisation, as its coordinator sees it: its companions, meetings, feedback and outcomes.' })
export class VolunteerOrganisation {
  @Field({ description: "The organisation's name." })
  name: string;

  // Plumbing for `appointmentOutcomes`: the families whose timelines the gateway fetches for it.
  @Directive('@inaccessible')
  @Field(() => [Family], { description: 'Families followed for the outcome measure, ordered by id.' })
  followedFamilies?: Family[];

  @Directive(`@requires(fields: "${requiresFollowed}")`)
  @Directive('@category(name: "bookings")')
  @Field(() => AppointmentOutcomes, {
    description:
      "Appointments kept against missed, per family and in total, before and during companionship, from the providers' own booking statuses. Covers the organisation's active companionships with a live consent to bookings: the 25 most recently started, as a passport carries one grant per family.",
  })
  appointmentOutcomes: AppointmentOutcomes;
}
