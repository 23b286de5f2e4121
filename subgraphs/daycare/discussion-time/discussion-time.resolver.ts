import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context';
import { guarded } from '../../kit/guard';
import { DiscussionTime } from './discussion-time.entity';

@Resolver(() => DiscussionTime)
export class DiscussionTimeResolver {
  @FieldResolver(() => String, { nullable: true })
  topic(@Root() d: DiscussionTime, @Ctx() ctx: SubgraphContext): string {
    return guarded(ctx, 'notes', d.familyId, d.topic);
  }
}
