import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { HousingProblem } from '../housing-case/housing-case.entity';

@ObjectType({ description: 'How many clients had a problem behind their housing risk (a client may have several).' })
export class HousingProblemCount {
  @Field(() => HousingProblem, { description: 'The problem.' })
  problem: HousingProblem;

  @Field(() => Int, { description: 'Clients with it.' })
  clients: number;
}

@ObjectType({ description: 'Evictions in the municipality in one calendar year, by type.' })
export class EvictionYear {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { description: 'Evictions for rent arrears.' })
  rentArrears: number;

  @Field(() => Int, { description: 'Evictions for disturbance.' })
  disturbance: number;
}

@ObjectType({
  description: "The housing-support model's outcome table for a municipality and period, counted from stored cases: aggregate numbers only, no family's data.",
})
export class HousingOutcomeReport {
  @Field({ description: 'The municipality.' })
  municipality: string;

  @Field(() => LocalDateScalar, { description: 'First day of the period (cases opened from it).' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period (cases opened until it; outcomes as of it).' })
  to: string;

  @Field(() => Int, { description: 'Clients: families with a housing case opened in the period, each counted once (their latest case).' })
  clients: number;

  @Field(() => Int, { description: 'Clients who kept their home (closed KEPT by the end of the period).' })
  kept: number;

  @Field(() => Int, { description: 'Clients who lost their home (closed LOST by the end of the period).' })
  lost: number;

  @Field(() => Int, { description: 'Clients unresolved at the end of the period: closed UNRESOLVED, or not closed by then.' })
  unresolved: number;

  @Field(() => Int, { description: 'Of the unresolved, the cases still open at the end of the period.' })
  openAtEnd: number;

  @Field(() => Int, { description: 'Share who kept their home, whole percent; the three shares add up to 100.' })
  keptPercent: number;

  @Field(() => Int, { description: 'Share who lost their home, whole percent.' })
  lostPercent: number;

  @Field(() => Int, { description: 'Share unresolved at the end, whole percent.' })
  unresolvedPercent: number;

  @Field(() => [HousingProblemCount], { description: 'Problem categories of the clients, most common first.' })
  problems: HousingProblemCount[];

  @Field(() => [EvictionYear], { description: "Evictions per calendar year in the period, by type: the partner landlord's, clients' or not." })
  evictionsByYear: EvictionYear[];
}
