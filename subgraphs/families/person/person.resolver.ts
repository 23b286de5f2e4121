import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { SubgraphContext } from '../../kit/context';
import { guarded } from '../../kit/guard';
import { oneEach } from '../../kit/loaders';
import { Person, PersonRole } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PersonRole)
  role(@Root() p: Person, @Ctx() ctx: SubgraphContext): PersonRole {
    return guarded(ctx, 'contact', p.familyId, p.role);
  }

  @FieldResolver()
  firstName(@Root() p: Person, @Ctx() ctx: SubgraphContext): string {
    return guarded(ctx, 'contact', p.familyId, p.firstName);
  }

  @FieldResolver()
  lastName(@Root() p: Person, @Ctx() ctx: SubgraphContext): string {
    return guarded(ctx, 'contact', p.familyId, p.lastName);
  }

  @FieldResolver()
  phone(@Root() p: Person, @Ctx() ctx: SubgraphContext): string | null {
    return guarded(ctx, 'contact', p.familyId, p.phone);
  }

  @FieldResolver()
  email(@Root() p: Person, @Ctx() ctx: SubgraphContext): string | null {
    return guarded(ctx, 'contact', p.familyId, p.email);
  }

  @FieldResolver(() => String, { nullable: true })
  hetu(@Root() p: Person, @Ctx() ctx: SubgraphContext): string {
    return guarded(ctx, 'identity', p.familyId, p.hetu);
  }
}

/** `_entities` for Person: one statement per batch, and only people of families the viewer knows. */
export const personReference = {
  async __resolveReference(ref: { id: string }, ctx: SubgraphContext) {
    const person = await ctx.loaders
      .get<string, Person | null>('person.byId', async (ids) => oneEach(ids, await ctx.db.getRepository(Person).findBy({ id: In([...ids]) }), (p) => p.id))
      .load(ref.id);
    return person && ctx.viewer.knows(person.familyId) ? person : null;
  },
};
