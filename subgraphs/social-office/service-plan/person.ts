import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A family member as the families subgraph knows them: the plan names its participants by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Person', { description: 'A member of a family.' })
export class PersonReference {
  @Field(() => ID, { description: "The person's id." })
  id: string;
}
