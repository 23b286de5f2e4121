import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { CompanionAssignment } from '../companion/companion.entity';
import { Consent } from './consent.entity';
import { Companion } from '../companion/companion.entity';
import { Family } from '../family/family';
import { AssignCompanionInput, GrantConsentInput, RenewConsentInput } from './consent.input';
import { ConsentService, ConsentStatusValue, consentStatus } from './consent.service';

registerEnumType(ConsentStatusValue, {
  name: 'ConsentStatus',
  description: 'Whether a consent is in force.',
  valuesConfig: {
    ACTIVE: { description: 'In force until the end of `validUntil`, Finnish time.' },
    ENDED: { description: 'Its last day has passed, or the companionship ended; `renewConsent` extends it.' },
    REVOKED: { description: 'A guardian revoked it; final.' },
  },
});

@Resolver(() => Consent)
export class ConsentResolver {
  @Performs(Action.GrantConsent)
  @Mutation(() => Consent, {
    description: 'A guardian lets a companion see named data categories of the family until a date; consenting to a proposed companion accepts the match.',
  })
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

  @FieldResolver(() => ConsentStatusValue, { description: 'ACTIVE, ENDED (past the end of its last day in Finnish time) or REVOKED.' })
  status(@Root() consent: Consent): ConsentStatusValue {
    return consentStatus(consent);
  }

  @FieldResolver(() => Companion, { description: 'The companion the consent is given to.' })
  companion(@Root() consent: Consent, @Ctx() ctx: SubgraphContext): Promise<Companion> {
    return ctx.loaders
      .get<string, Companion>('Consent.companion', async (ids) => {
        const rows = await ctx.db.getRepository(Companion).findBy(ids.map((id) => ({ id })));
        return ids.map((id) => rows.find((r) => r.id === id)!);
      })
      .load(consent.companionId);
  }

  @FieldResolver(() => Family, { description: 'The family that gave the consent.' })
  family(@Root() consent: Consent): Family {
    return Object.assign(new Family(), { id: consent.familyId });
  }

  @Performs(Action.RenewConsent)
  @Mutation(() => Consent, { description: 'A guardian extends an active or ended consent to a new last day; a revoked consent is a CONFLICT.' })
  renewConsent(@Arg('input', { description: 'The consent and its new last day.' }) input: RenewConsentInput, @Ctx() ctx: SubgraphContext): Promise<Consent> {
    return new ConsentService(ctx).renew(input);
  }

  @Performs(Action.AssignCompanion)
  @Mutation(() => CompanionAssignment, {
    description:
      "A coordinator proposes one of the own organisation's TRAINED or ACTIVE companions to a family (PROPOSED). It becomes ACTIVE when a guardian consents with `grantConsent`; the companion sees nothing before.",
  })
  assignCompanion(
    @Arg('input', { description: 'The family, the companion and the first day.' }) input: AssignCompanionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CompanionAssignment> {
    return new ConsentService(ctx).assign(input);
  }
}
