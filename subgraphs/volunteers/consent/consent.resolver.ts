import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { CompanionAssignment } from '../companion/companion.entity';
import { Consent } from './consent.entity';
import { AssignCompanionInput, GrantConsentInput } from './consent.input';
import { ConsentService } from './consent.service';

@Resolver(() => Consent)
export class ConsentResolver {
  @Performs(Action.GrantConsent)
  @Mutation(() => Consent, { description: 'A guardian lets a companion see named data categories of the family until a date.' })
  grantConsent(
    @Arg('input', { description: 'The family, the companion, the data categories and the last valid day.' }) input: GrantConsentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Consent> {
    return new ConsentService(ctx).grant(input);
  }

  @Performs(Action.RevokeConsent)
  @Mutation(() => Consent, { description: 'Revokes a consent with immediate effect.' })
  revokeConsent(
    @Arg('id', () => ID, { description: "The consent to revoke (`Consent.id`); NOT_FOUND unless it is a consent of the guardian's own family." }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Consent> {
    return new ConsentService(ctx).revoke(id);
  }

  @Performs(Action.AssignCompanion)
  @Mutation(() => CompanionAssignment, { description: 'Matches a companion with a family. The companion sees nothing until a guardian consents.' })
  assignCompanion(
    @Arg('input', { description: 'The family, the companion and the first day.' }) input: AssignCompanionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CompanionAssignment> {
    return new ConsentService(ctx).assign(input);
  }
}
