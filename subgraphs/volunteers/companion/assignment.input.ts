import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Ends a companionship, or declines a proposed one, with a reason.' })
export class EndCompanionAssignmentInput {
  @Field(() => ID, { description: 'The assignment (`CompanionAssignment.id`); NOT_FOUND unless it is one the viewer is a side of.' })
  @IsUUID('all', { message: 'assignmentId must be an assignment id' })
  assignmentId: string;

  @Field({ description: 'Why it ends, 3 to 300 characters, e.g. "We have moved away"; the other sides see it.' })
  @Length(3, 300, { message: 'reason must be 3 to 300 characters' })
  reason: string;
}
