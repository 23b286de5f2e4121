import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CompanionStage } from './lifecycle';

@InputType({ description: "A coordinator moves one of the own organisation's companions to another stage." })
export class ChangeCompanionStageInput {
  @Field(() => ID, { description: 'The companion (a `Companion` id).' })
  @IsUUID('all', { message: 'companionId must be a companion id' })
  companionId: string;

  @Field(() => CompanionStage, {
    description:
      'The new stage. APPLIED → TRAINED (after an attended training session) or ENDED; TRAINED → ACTIVE, PAUSED or ENDED; ACTIVE ↔ PAUSED; any → ENDED. PAUSED and ENDED need no open assignments. Others are a CONFLICT.',
  })
  stage: CompanionStage;
}
