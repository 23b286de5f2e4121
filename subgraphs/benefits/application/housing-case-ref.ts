import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A housing case lives in housing; benefits holds only its id, so preventive assistance can point at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('HousingCase', {
  description: "A housing counsellor's case: opened from a landlord's alert to prevent an eviction, or to follow a move into an own tenancy.",
})
export class HousingCaseRef {
  @Field(() => ID, { description: "The case's id in housing." })
  id: string;
}
