import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import { AgendaItem, type AgendaSource, AgendaStatus } from '../../kit/agenda';
import { AccessLogEntry, accessLogEntryFromRepresentation } from '../../kit/access-log/access-log-entry';
import { accessLogByFamily } from '../../kit/access-log/access-log.resolver';
import type { SubgraphContext } from '../../kit/context';
import { guarded } from '../../kit/guard';
import { Person } from '../person/person.entity';
import { ACCESS_LOG_PARTS, AGENDA_PROVIDERS, Family } from './family.entity';
import { FamilyService } from './family.service';
import { RegisterFamilyInput } from './register-family.input';

/** The `@requires` inputs on a family: each provider's agenda and access-log part, by field name; null when it was not reached. */
type RequiredFields = Record<string, AgendaItem[] | AccessLogEntry[] | null | undefined>;
const required = (family: Family) => family as unknown as RequiredFields;

/** Items arrive from the gateway serialized: enum names and ISO strings. */
function fromRepresentation(item: AgendaItem): AgendaItem {
  const status = item.status as unknown as keyof typeof AgendaStatus;
  return { ...item, status: AgendaStatus[status] ?? item.status, startsAt: new Date(item.startsAt), endsAt: item.endsAt ? new Date(item.endsAt) : undefined };
}

@Resolver(() => Family)
export class FamilyResolver {
  @Query(() => [Family], { description: "The families the viewer is linked to: a guardian's own, a companion's consented ones, a social host's group." })
  myFamilies(@Ctx() ctx: SubgraphContext): Promise<Family[]> {
    return new FamilyService(ctx).mine();
  }

  @Query(() => Family, { description: 'One family the viewer has a grant for.' })
  family(@Arg('id', () => ID, { description: "The family's id, e.g. from `myFamilies`." }) id: string, @Ctx() ctx: SubgraphContext): Promise<Family> {
    return new FamilyService(ctx).get(id);
  }

  @Performs(Action.RegisterFamily)
  @Mutation(() => Family, { description: 'Registers a family and its members. Family workers only.' })
  registerFamily(
    @Arg('input', { description: "The family's name, address and members." }) input: RegisterFamilyInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Family> {
    return new FamilyService(ctx).register(input);
  }

  @FieldResolver(() => String, { nullable: true })
  displayName(@Root() family: Family, @Ctx() ctx: SubgraphContext): string {
    return guarded(ctx, 'contact', family.id, family.displayName);
  }

  @FieldResolver()
  address(@Root() family: Family, @Ctx() ctx: SubgraphContext): string | null {
    return guarded(ctx, 'contact', family.id, family.address);
  }

  @FieldResolver(() => [Person])
  async members(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<Person[]> {
    return ctx.access.permit('contact', [family.id]).size ? new FamilyService(ctx).members(family.id) : [];
  }

  /**
   * Merges the providers' parts. Each provider checked the grant and logged the read of its own part before
   * sending it; this relays that same data, so the grant is checked again but no second entry is written.
   */
  @FieldResolver()
  agenda(@Root() family: Family, @Ctx() ctx: SubgraphContext): AgendaItem[] {
    if (!ctx.viewer.grantFor(family.id, 'bookings')) return [];
    return AGENDA_PROVIDERS.flatMap(({ field }) => (required(family)[field] as AgendaItem[] | null) ?? [])
      .map(fromRepresentation)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /** The families service's own entries plus every other service's part; readable by guardians and the DPO. */
  @FieldResolver(() => [AccessLogEntry])
  async accessLog(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AccessLogEntry[]> {
    if (!ctx.viewer.grantFor(family.id, 'access-log')) return [];
    const others = ACCESS_LOG_PARTS.flatMap((field) => (required(family)[field] as AccessLogEntry[] | null) ?? []);
    return [...(await accessLogByFamily(ctx).load(family.id)), ...others.map(accessLogEntryFromRepresentation)].sort((a, b) => b.at.getTime() - a.at.getTime());
  }

  @FieldResolver()
  unavailableAgendaSources(@Root() family: Family): AgendaSource[] {
    return AGENDA_PROVIDERS.filter(({ field }) => required(family)[field] == null).map(({ source }) => source);
  }
}

/** Fields served from what the gateway sends along, without the family's own row. */
const FROM_REPRESENTATION = new Set(['__typename', 'id', 'agenda', 'unavailableAgendaSources', 'accessLog']);

/**
 * `_entities` for Family: keep the provider agendas the gateway sends along for `@requires`. The headline's
 * second call to families asks only for the merged `agenda`, which needs no row: it is answered without SQL.
 */
export const familyReference = {
  // `info` is typed loosely: the resolver map's type knows only (source, args, context, info).
  async __resolveReference(ref: { id: string } & RequiredFields, ctx: SubgraphContext, info: unknown) {
    const needsRow = familyFieldsAsked(info as GraphQLResolveInfo).some((field) => !FROM_REPRESENTATION.has(field));
    const family = needsRow ? await new FamilyService(ctx).reference(ref.id) : ctx.viewer.knows(ref.id) && { id: ref.id };
    return family ? Object.assign(Object.create(Family.prototype), family, requiresInputs(ref)) : null;
  },
};

/** The Family fields this `_entities` call selects; a named fragment counts as needing everything. */
function familyFieldsAsked(info: GraphQLResolveInfo): string[] {
  const fields: string[] = [];
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection.name.value);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) fields.push('...');
      else if (!selection.typeCondition || selection.typeCondition.name.value === 'Family')
        for (const inner of selection.selectionSet.selections) fields.push(inner.kind === Kind.FIELD ? inner.name.value : '...');
    }
  }
  return fields;
}

/** Everything the gateway sent besides the key is a `@requires` input: keep it on the entity. */
function requiresInputs(ref: RequiredFields): RequiredFields {
  const { id: _id, __typename: _t, ...inputs } = ref as RequiredFields & { id: string; __typename?: string };
  return inputs;
}
