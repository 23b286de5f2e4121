import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The family's service plan lives in social-office; housing only holds its id and returns a reference. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "A family's service plan (social office): the plan a housing case's work continues under." })
export class ServicePlan {
  @Field(() => ID, { description: "The service plan's id." })
  id: string;
}
