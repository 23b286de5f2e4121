import { Arg, Authorized, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { manyEach } from '../../kit/loaders';
import { Family } from '../family/family';
import { HostGoal } from './host-goal.entity';
import { HostGroup } from './host-group.entity';
import { ReferFamilyToHostGroupInput, SetHostGoalInput, SetHostGoalStatusInput } from './host.input';
import { HostService } from './host.service';

const familyRef = (id: string) => Object.assign(new Family(), { id });

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
    return group.members.map((m) => familyRef(m.familyId));
  }

  @Directive('@category(name: "hosting")')
  @FieldResolver(() => [HostGoal], { description: "Goals set jointly with the group's families, by due date; only goals of families the viewer may see." })
  goals(@Root() group: HostGroup, @Ctx() ctx: SubgraphContext): Promise<HostGoal[]> {
    return ctx.loaders
      .get<string, HostGoal[]>('HostGoal.byGroup', async (groupIds) => {
        const rows = await ctx.db.getRepository(HostGoal).find({ where: { groupId: In([...groupIds]) }, order: { dueOn: 'ASC', id: 'ASC' } });
        const allowed = ctx.access.permit('hosting', new Set(rows.map((r) => r.familyId)));
        return manyEach(
          groupIds,
          rows.filter((r) => allowed.has(r.familyId)),
          (r) => r.groupId,
        );
      })
      .load(group.id);
  }

  @Performs(Action.ReferFamilyToHostGroup)
  @Mutation(() => HostGroup, { description: "A family worker refers a family to a social host's group; the host may then reach the family for everyday help." })
  referFamilyToHostGroup(
    @Arg('input', { description: 'The group and the family.' }) input: ReferFamilyToHostGroupInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HostGroup> {
    return new HostService(ctx).refer(input);
  }

  @Performs(Action.SetHostGoal)
  @Mutation(() => HostGoal, { description: 'A family worker records a goal set jointly with the family and its social host.' })
  setHostGoal(
    @Arg('input', { description: 'The group, the family, the goal and its due date.' }) input: SetHostGoalInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HostGoal> {
    return new HostService(ctx).setGoal(input);
  }

  @Performs(Action.SetHostGoalStatus)
  @Mutation(() => HostGoal, { description: 'A family worker records whether a jointly set goal was met; met goals due in a month earn the host its bonus.' })
  setHostGoalStatus(
    @Arg('input', { description: 'The goal, its new status and the version read.' }) input: SetHostGoalStatusInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HostGoal> {
    return new HostService(ctx).setGoalStatus(input);
  }
}

@Resolver(() => HostGoal)
export class HostGoalResolver {
  /** `goals` already checked and logged the viewer's grant on this family. */
  @Directive('@category(name: "hosting")')
  @FieldResolver(() => Family, { description: 'The family the goal was set with.' })
  family(@Root() goal: HostGoal): Family {
    return familyRef(goal.familyId);
  }
}
