import { rankCandidates, scoreCandidate, WEIGHTS, type CandidateFacts, type FamilyWish } from './ranking';

const wish: FamilyWish = { languages: ['fi', 'ar'], area: 'Itäinen', availability: ['WEEKDAY_EVENING', 'WEEKEND'], needs: ['EXHAUSTION', 'NEW_IN_FINLAND'] };
const companion = (id: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id,
  languages: ['fi'],
  area: 'Läntinen',
  availability: ['WEEKDAY_MORNING'],
  supportedNeeds: [],
  load: 0,
  maxFamilies: 3,
  ...over,
});

describe('ranking candidate companions for a family', () => {
  it('adds up language, needs, area and times, less the current load, and says why', () => {
    const best = scoreCandidate(
      wish,
      companion('a', { languages: ['ar', 'en'], area: 'Itäinen', availability: ['WEEKEND'], supportedNeeds: ['NEW_IN_FINLAND'], load: 1 }),
    )!;
    expect(best.score).toBe(WEIGHTS.language + WEIGHTS.need + WEIGHTS.area + WEIGHTS.slot - WEIGHTS.perFamily);
    expect(best.reasons).toEqual([
      "Speaks the family's language: ar",
      'Ready to support: new in finland',
      'Lives in the same area: Itäinen',
      'Free when the family is: weekend',
      'Walks with 1 of at most 3 families already',
    ]);
  });

  it('says so when nothing is shared', () => {
    const none = scoreCandidate(wish, companion('b', { languages: ['sv'] }))!;
    expect(none.score).toBe(0);
    expect(none.reasons).toEqual(['No shared language (the family speaks fi, ar)', 'Not free when the family would like to meet', 'Walks with no family yet']);
  });

  it('caps needs and times so one long list does not outweigh a shared language', () => {
    const many = scoreCandidate(
      {
        ...wish,
        languages: ['so'],
        needs: ['EXHAUSTION', 'NEW_IN_FINLAND', 'ILLNESS', 'BULLYING'],
        availability: ['WEEKDAY_MORNING', 'WEEKDAY_AFTERNOON', 'WEEKDAY_EVENING', 'WEEKEND'],
      },
      companion('c', {
        supportedNeeds: ['EXHAUSTION', 'NEW_IN_FINLAND', 'ILLNESS', 'BULLYING'],
        availability: ['WEEKDAY_MORNING', 'WEEKDAY_AFTERNOON', 'WEEKDAY_EVENING', 'WEEKEND'],
      }),
    )!;
    expect(many.score).toBe(WEIGHTS.maxNeeds + WEIGHTS.maxSlots);
  });

  it('leaves out companions who already walk with as many families as they can', () => {
    expect(scoreCandidate(wish, companion('d', { load: 3, maxFamilies: 3 }))).toBeUndefined();
  });

  it('orders best first, and equal scores by id', () => {
    const ranked = rankCandidates(wish, [
      companion('z'),
      companion('y', { languages: ['ar'], load: 2 }),
      companion('x', { languages: ['fi'], area: 'Itäinen' }),
      companion('w'),
      companion('full', { languages: ['ar'], area: 'Itäinen', load: 1, maxFamilies: 1 }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['x', 'w', 'z', 'y']);
  });
});
