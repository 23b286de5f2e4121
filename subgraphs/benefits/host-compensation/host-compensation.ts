import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CompensationForm, CompensationLineKind } from './compensation-rule';

/** The same statuses volunteers serves on `HostMonth.goalStatuses`, which compensation requires. */
export enum HostGoalStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  DROPPED = 'DROPPED',
}
registerEnumType(HostGoalStatus, {
  name: 'HostGoalStatus',
  description: 'Where a goal set jointly by the family, the host and the family worker stands.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Set and being worked on.' },
    MET: { description: 'The family worker recorded the goal as met.' },
    NOT_MET: { description: 'The family worker recorded the goal as not met by its due date.' },
    DROPPED: { description: 'Set aside by agreement; it no longer counts for the bonus.' },
  },
});
registerEnumType(CompensationForm, {
  name: 'CompensationForm',
  description: 'The form of compensation agreed with a social host.',
  valuesConfig: {
    HALF_RENT: { description: "The default: a share of the host's rent (half unless the municipality sets otherwise)." },
    WHOLE_RENT: { description: "The host's whole rent." },
    GYM_CARD: { description: "A year's gym card, counted as a twelfth of its price each month." },
    BUS_CARD: { description: "A month's bus card." },
  },
});
registerEnumType(CompensationLineKind, {
  name: 'CompensationLineKind',
  description: 'What a line of a host compensation pays for.',
  valuesConfig: {
    BASE: { description: 'The agreed form (rent share, gym card or bus card), paid when the approved hours reach the minimum.' },
    GOAL_BONUS: { description: 'The bonus for meeting the goals set jointly.' },
  },
});

@ObjectType({ description: 'One line of a host compensation: how much, and why.' })
export class CompensationLine {
  @Field(() => CompensationLineKind, { description: 'What the line pays for.' })
  kind: CompensationLineKind;

  @Field({ description: 'How the amount was reached, e.g. "50 % of the rent 850,00 € (approved 20 h of 20 h agreed)".' })
  description: string;

  @Field(() => Int, { description: 'The amount in euro cents; 0 when not paid (the description says why).' })
  amountCents: number;
}

@ObjectType({ description: "A social host's compensation for one month, computed by benefits from the month's hours and goals, with its line items." })
export class HostCompensation {
  @Field(() => ID, { description: 'The host (a `SocialHost` id).' })
  hostId: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => CompensationForm, { description: 'The form agreed with the host for the month.' })
  form: CompensationForm;

  @Field(() => Int, { description: 'The total in euro cents: the sum of the lines.' })
  totalCents: number;

  @Field({ description: 'Whether the goal bonus was earned: every goal due this month (not dropped) was met.' })
  goalBonusEarned: boolean;

  @Field(() => [CompensationLine], { description: 'How the total was reached, line by line.' })
  lines: CompensationLine[];
}

/** Volunteers' host month; benefits adds its compensation from the hours and goal statuses volunteers serves. */
@Directive('@key(fields: "hostId month")')
@ObjectType({ description: "A social host's calendar month." })
export class HostMonth {
  @Field(() => ID, { description: 'The host (a `SocialHost` id).' })
  hostId: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Directive('@external')
  @Field(() => Int, { description: 'Approved minutes, from volunteers.' })
  approvedMinutes: number;

  @Directive('@external')
  @Field(() => Int, { description: 'Agreed minutes, from volunteers.' })
  quotaMinutes: number;

  @Directive('@external')
  @Field(() => [HostGoalStatus], { description: 'Statuses of the goals due in the month, from volunteers.' })
  goalStatuses: HostGoalStatus[];
}
