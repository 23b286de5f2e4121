import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import type { SubgraphContext } from '../../kit/context';
import { badInput, forbidden } from '../../kit/errors';
import { oneEach } from '../../kit/loaders';
import { Family } from '../family/family.entity';
import { FamilyConnection } from './family-connection';
import { decodeCursor, encodeCursor, likePrefix, PAGE_MAX, parseSearch, type SearchTerm } from './family-search';

/**
 * Each branch can use its own index: the HETU's unique index, or an expression index on lower(...) with
 * text_pattern_ops for a prefix (see the FamilySearch migration). pg_trgm would allow infix matches, but
 * PGlite does not ship it; prefixes on btree work on both.
 */
const MATCHED = {
  hetu: `SELECT "familyId" AS id FROM person WHERE hetu = $1`,
  prefix: `SELECT id FROM family WHERE lower("displayName") LIKE $1
    UNION SELECT id FROM family WHERE lower(address) LIKE $1
    UNION SELECT "familyId" FROM person WHERE lower("lastName") LIKE $1
    UNION SELECT "familyId" FROM person WHERE lower("firstName" || ' ' || "lastName") LIKE $1`,
};

function pageSql(term: SearchTerm, afterCursor: boolean): string {
  const matched = 'hetu' in term ? MATCHED.hetu : MATCHED.prefix;
  const after = afterCursor ? `AND (f."displayName", f.id) > ($3::varchar, $4::uuid)` : '';
  return `WITH matched AS (${matched}) SELECT f.id, f."displayName" FROM family f WHERE f.id IN (SELECT id FROM matched) ${after} ORDER BY f."displayName", f.id LIMIT $2`;
}

@Resolver()
export class FamilySearchResolver {
  @Query(() => FamilyConnection, {
    description:
      "Finds the municipality's families by a family member's name, the family's name or address (each from its beginning, any letter case), or a member's full HETU (exactly). Family workers only (FORBIDDEN otherwise). Every family found is logged as a use of its data (contact, and identity for a HETU search).",
  })
  async searchFamilies(
    @Arg('text', { description: 'A name or an address from its beginning, e.g. "Virtanen" or "Koivukuja 12"; or a full HETU. 2 to 100 characters.' })
    text: string,
    @Arg('first', () => Int, { defaultValue: 20, description: `At most this many families, 1 to ${PAGE_MAX}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor (`pageInfo.endCursor` of the previous page).' })
    after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FamilyConnection> {
    if (!ctx.viewer.hasRole('family-worker') || ctx.viewer.basisFor('*', 'contact')?.basis !== 'municipal-role') {
      throw forbidden("Searching families is for the municipality's family workers.");
    }
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) throw badInput(`first must be 1 to ${PAGE_MAX}.`, 'first');
    const term = parseSearch(text);
    const cursor = after ? decodeCursor(after) : undefined;
    const params: unknown[] = ['hetu' in term ? term.hetu : likePrefix(term.prefix), first + 1, ...(cursor ?? [])];
    const rows: Array<{ id: string; displayName: string }> = await ctx.db.query(pageSql(term, cursor !== undefined), params);
    const page = rows.slice(0, first);
    const ids = page.map((r) => r.id);
    // A search is a use of every family it shows: logged before the answer leaves.
    ctx.access.permit('contact', ids);
    if ('hetu' in term) ctx.access.permit('identity', ids);
    const families = ids.length ? oneEach(ids, await ctx.db.getRepository(Family).findBy({ id: In(ids) }), (f) => f.id) : [];
    const edges = families.filter((f): f is Family => f !== null).map((node) => ({ cursor: encodeCursor(node.displayName, node.id), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
