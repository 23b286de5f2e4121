import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { HostGoalStatus } from './host-enums';
import { HoursEntry } from './hours-entry.entity';
import { QuotaState } from './quota';

/**
 * One social host's calendar month: the logged hours against the agreed quota, and the goals due.
 * Benefits computes the month's `compensation` from these fields, through the graph (`@requires`).
 */
@Directive('@key(fields: "hostId month")')
@ObjectType({ description: "A social host's calendar month: hours against the agreed quota, and the goals due that month." })
export class HostMonth {
  @Field(() => ID, { description: 'The host (a `SocialHost` id).' })
  hostId: string;

  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'The hours a month agreed with the municipality, in minutes.' })
  quotaMinutes: number;

  @Field(() => Int, { description: 'Minutes that count: entries within the quota and those a family worker approved.' })
  approvedMinutes: number;

  @Field(() => Int, { description: 'Minutes past the quota that wait for a family worker to approve them.' })
  pendingMinutes: number;

  @Field(() => QuotaState, { description: 'NEAR warns at 80 % of the agreed hours; REACHED means further entries wait for approval.' })
  quotaState: QuotaState;

  @Field(() => [HostGoalStatus], { description: "Statuses of the host's goals due this month (no family detail); they decide the goal bonus." })
  goalStatuses: HostGoalStatus[];

  /** Loaded on demand by `entries`. */
  entries?: HoursEntry[];
}
