import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CompanionAssignment } from '../companion/companion.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  @Directive('@category(name: "companionship")')
  @Field(() => [CompanionAssignment], { description: 'Companions who walk or walked alongside the family.' })
  companionAssignments: CompanionAssignment[];
}
