import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context';
import { Family } from '../family/family';
import { HostGroup } from './host-group.entity';

@Resolver(() => HostGroup)
export class HostGroupResolver {
  @Authorized('social-host')
  @Query(() => [HostGroup], { description: "The signed-in social host's groups." })
  myHostGroups(@Ctx() ctx: SubgraphContext): Promise<HostGroup[]> {
    return ctx.db.getRepository(HostGroup).find({ where: { hostId: ctx.viewer.id }, relations: { host: true, members: true }, order: { name: 'ASC' } });
  }

  /** The families themselves resolve in the families subgraph, which checks the host's `contact` grant. */
  @FieldResolver(() => [Family], { description: 'The families referred to the group.' })
  families(@Root() group: HostGroup): Family[] {
    return group.members.map((m) => Object.assign(new Family(), { id: m.familyId }));
  }
}
