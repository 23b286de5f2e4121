import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context';
import { guarded } from '../../kit/guard';
import { Absence, AbsenceType } from './attendance-reservation.entity';

/** That a child is away is a booking detail; why is health data. */
@Resolver(() => Absence)
export class AbsenceResolver {
  @FieldResolver(() => AbsenceType, { nullable: true })
  type(@Root() a: Absence, @Ctx() ctx: SubgraphContext): AbsenceType {
    return guarded(ctx, 'health', a.familyId, a.type);
  }
}
