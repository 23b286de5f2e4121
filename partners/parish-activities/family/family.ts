import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaItem, FamilyData } from '@rinnalla/subgraph-kit';
import { FamilyActivity } from '../activity/family-activity.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  // Plumbing for families' `agenda`: hidden from the public API, still served to the gateway for `@requires`.
  @FamilyData('bookings')
  @Directive('@inaccessible')
  @Field(() => [AgendaItem], { nullable: true, description: "The parish's part of `agenda`: family activities." })
  parishActivitiesAgenda?: AgendaItem[];

  @FamilyData('belief')
  @Field(() => [FamilyActivity], { description: "The family's parish activities in the agenda window. Empty without the `bookings` and `belief` grants." })
  parishActivities: FamilyActivity[];
}
