import { In } from 'typeorm';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { manyEach } from '../loaders';
import { accessLogFieldName } from '../registry';
import { AccessLogEntry } from './access-log-entry';

export const ACCESS_LOG_SELECTION = 'at viewerId viewerRole category operation basis service';

export { accessLogFieldName } from '../registry';

/**
 * Entries about the given families, for those the passport grants `access-log`: one statement per batch.
 * Reading a family's log is itself a use of its data, so each read is logged too.
 */
export function accessLogByFamily(ctx: SubgraphContext) {
  return ctx.loaders.get<string, AccessLogEntry[]>('accessLog.byFamily', async (familyIds) => {
    const allowed = [...ctx.access.permit('access-log', familyIds)];
    if (allowed.length === 0) return familyIds.map(() => []);
    const rows = await ctx.db.getRepository(AccessLogEntry).find({ where: { familyId: In(allowed) }, order: { seq: 'ASC' } });
    return manyEach(familyIds, rows, (r) => r.familyId);
  });
}

/** The Family field through which a subgraph contributes its part of the family's access log. */
export function accessLogResolver(service: string, family: new () => { id: string }) {
  @Resolver(() => family)
  class FamilyAccessLogResolver {
    @Directive('@category(name: "access-log")')
    // Plumbing for families' merged `accessLog`: hidden from the public API, still resolvable for `@requires`.
    @Directive('@inaccessible')
    @FieldResolver(() => [AccessLogEntry], {
      nullable: true,
      name: accessLogFieldName(service),
      description: `The ${service} service's part of \`accessLog\`.`,
    })
    accessLog(@Root() root: { id: string }, @Ctx() ctx: SubgraphContext): Promise<AccessLogEntry[]> {
      return accessLogByFamily(ctx).load(root.id);
    }
  }
  return FamilyAccessLogResolver;
}
