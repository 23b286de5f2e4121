import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaItem } from '../../kit/agenda';
import { registry } from '../../kit/registry';
import { CompanionAssignment } from '../companion/companion.entity';
import { Consent } from '../consent/consent.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  @Directive('@category(name: "companionship")')
  @Field(() => [CompanionAssignment], {
    description: 'Companions who walk, walked or are proposed to walk alongside the family; a companion sees only the own assignments.',
  })
  companionAssignments: CompanionAssignment[];

  @Directive('@category(name: "companionship")')
  @Field(() => [Consent], {
    description: "The family's consents to companions, active, ended and revoked, newest last day first; a companion sees only the ones given to them.",
  })
  consents: Consent[];

  /** The federated timeline, resolved by families: a companion's reminders are derived from it through `@requires`. */
  @Directive('@external')
  @Field(() => [AgendaItem])
  agenda?: AgendaItem[];
}

/**
 * The registered providers' parts of the timeline (the fields `agenda` merges), for a coordinator's kept-versus-missed:
 * that grant never reaches the families subgraph (it is `unlinked`), so the outcome requires the provider fields
 * directly, declared `@external` here as families declares them. Volunteers' own activities are not bookings kept or missed.
 */
export const PROVIDER_AGENDA_FIELDS = registry().subgraphs.flatMap((s) => (s.agendaSource && s.name !== 'volunteers' ? [s.agendaSource.field] : []));
for (const field of PROVIDER_AGENDA_FIELDS) {
  Directive('@external')(Family.prototype, field);
  Field(() => [AgendaItem], { nullable: true })(Family.prototype, field);
}
