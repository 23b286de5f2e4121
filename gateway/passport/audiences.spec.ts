import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../subgraphs/kit/project-root';
import type { Grant } from '../../subgraphs/kit/passport';
import { registry } from '../../subgraphs/kit/registry';
import { audiencesFromSupergraph, grantsForAudience, liveGrants } from './audiences';

const audiences = audiencesFromSupergraph(fs.readFileSync(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'));
const consent = (family: string, categories: Grant['categories'], until = '2099-01-01T00:00:00.000Z', ref = `consent-${family}`): Grant => ({
  family,
  categories,
  basis: 'consent',
  ref,
  until,
});

describe("a subgraph's audience, read from the composed supergraph", () => {
  it('names every registered subgraph of the supergraph', () => {
    expect([...audiences.keys()].sort()).toEqual(
      registry()
        .subgraphs.map((s) => s.name)
        .sort(),
    );
  });

  it('holds the categories of the fields the subgraph resolves, not of the ones it only declares @external', () => {
    expect(audiences.get('social-office')!.categories).toEqual(new Set(['bookings', 'notes', 'access-log']));
    expect(audiences.get('housing')!.categories).toEqual(new Set(['housing', 'notes', 'access-log']));
    expect(audiences.get('families')!.categories.has('contact')).toBe(true);
    // Families requires the providers' agenda parts but resolves none of their detail: no clinic health, no parish belief.
    expect(audiences.get('families')!.categories.has('health')).toBe(false);
    expect(audiences.get('families')!.categories.has('belief')).toBe(false);
    expect(audiences.get('parish-activities')!.categories).toEqual(new Set(['bookings', 'belief', 'access-log']));
  });

  it("marks only the subgraph that resolves families from the viewer's links", () => {
    expect([...audiences].filter(([, a]) => a.linksFamilies).map(([name]) => name)).toEqual(['families']);
  });
});

describe('the grants one subgraph receives', () => {
  const companion = [consent('f1', ['contact', 'bookings', 'benefits'])];

  it("are trimmed to its categories: the clinic gets a companion's bookings, never contact details", () => {
    expect(grantsForAudience(companion, audiences.get('clinic')!)).toEqual([{ ...companion[0], categories: ['bookings'] }]);
  });

  it("are dropped where they grant nothing: housing gets none of a companion's", () => {
    expect(grantsForAudience(companion, audiences.get('housing')!)).toEqual([]);
  });

  it("keep the family link for the subgraph that lists the viewer's families, with no category it does not serve", () => {
    const benefitsOnly = [consent('f2', ['benefits'])];
    expect(grantsForAudience(benefitsOnly, audiences.get('families')!)).toEqual([{ ...benefitsOnly[0], categories: [] }]);
    const coordinator: Grant[] = [{ family: '*', categories: ['companionship'], basis: 'municipal-role', ref: 'volunteer-coordinator' }];
    expect(grantsForAudience(coordinator, audiences.get('families')!)).toEqual([]);
    expect(grantsForAudience(coordinator, audiences.get('volunteers')!)).toEqual(coordinator);
  });

  it('never give the subgraph that lists families a grant that does not link the viewer to the family', () => {
    const following: Grant[] = [{ ...consent('f3', ['bookings']), unlinked: true }];
    expect(grantsForAudience(following, audiences.get('families')!)).toEqual([]);
    expect(grantsForAudience(following, audiences.get('clinic')!)).toEqual(following);
  });
});

describe('live grants', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');

  it('drop ended grants and grants another one covers, whatever the history', () => {
    const history = Array.from({ length: 500 }, (_, i) =>
      i % 2 === 0
        ? consent('f1', ['bookings'], '2026-05-01T00:00:00.000Z', `ended-${i}`)
        : consent('f1', ['contact', 'bookings'], `2026-07-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`, `c-${i}`),
    );
    const live = liveGrants(history, now);
    expect(live).toHaveLength(1);
    expect(live[0].until).toBe('2026-07-28T00:00:00.000Z');
  });

  it('keep grants that add a category or last longer', () => {
    const longBookings = consent('f1', ['bookings'], '2027-01-01T00:00:00.000Z', 'long');
    const shortBoth = consent('f1', ['contact', 'bookings'], '2026-07-01T00:00:00.000Z', 'short');
    expect(
      liveGrants([longBookings, shortBoth], now)
        .map((g) => g.ref)
        .sort(),
    ).toEqual(['long', 'short']);
    expect(liveGrants([longBookings, consent('f2', ['bookings'])], now)).toHaveLength(2);
  });
});
