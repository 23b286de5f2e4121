import { AGENDA_ITEM_SELECTION } from '../../subgraphs/kit/agenda';
import { PASSPORT_HEADER } from '../../subgraphs/kit/passport';
import { registry } from '../../subgraphs/kit/registry';
import { postGraphQL, type GraphQLReply } from './load';
import type { PassportsForRequest } from './passport';

/** The registered providers of the timeline, as the gateway's plan calls them. */
const PROVIDERS = registry().subgraphs.flatMap((s) => (s.agendaSource ? [[s.name, s.agendaSource.field] as const] : []));
const AGENDA_FIELDS = 'source title startsAt endsAt status location { name address }';
const providerQuery = (field: string) =>
  `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { ${field} { ${AGENDA_ITEM_SELECTION} } } } }`;
const MERGE_QUERY = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { agenda { ${AGENDA_FIELDS} } } } }`;

/**
 * The headline query's critical path without any gateway: the calls the gateway's query plan
 * makes (families, then the registered providers in parallel, then families again to merge), with the
 * same passport, so the gateway's own cost is the difference.
 */
export function directHeadline(urls: Record<string, string>, passportsFor: (authorization: string) => Promise<PassportsForRequest>) {
  return async (authorization: string): Promise<GraphQLReply> => {
    const passports = await passportsFor(authorization);
    const call = (subgraph: string, query: string, variables?: object) =>
      postGraphQL(urls[subgraph], { [PASSPORT_HEADER]: passports(subgraph) }, query, variables);
    const first = await call('families', '{ myFamilies { __typename id displayName } }');
    const families: Array<{ __typename: string; id: string; displayName: string }> = first.body.data?.myFamilies ?? [];
    if (first.body.errors || families.length === 0) return first;
    const representations = families.map((f) => ({ __typename: 'Family', id: f.id }));
    const parts = await Promise.all(PROVIDERS.map(([subgraph, field]) => call(subgraph, providerQuery(field), { representations })));
    const merged = representations.map((r, i) => Object.assign({}, r, ...parts.map((p) => p.body.data?._entities?.[i])));
    const last = await call('families', MERGE_QUERY, { representations: merged });
    const errors = [...parts, last].flatMap((p) => p.body.errors ?? []);
    const status = Math.max(first.status, ...parts.map((p) => p.status), last.status);
    const myFamilies = families.map((f, i) => ({ id: f.id, displayName: f.displayName, agenda: last.body.data?._entities?.[i]?.agenda }));
    return { status, body: { data: { myFamilies }, ...(errors.length ? { errors } : {}) } };
  };
}
