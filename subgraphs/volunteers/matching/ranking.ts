import { registerEnumType } from 'type-graphql';

/** What a family needs from a companion; a companion lists the ones they feel able to support. */
export enum CompanionshipNeed {
  EXHAUSTION = 'EXHAUSTION',
  ILLNESS = 'ILLNESS',
  BULLYING = 'BULLYING',
  NEW_IN_FINLAND = 'NEW_IN_FINLAND',
  SINGLE_PARENT = 'SINGLE_PARENT',
  SERVICE_GUIDANCE = 'SERVICE_GUIDANCE',
}

/** When a companion can meet, or a family would like to be met. */
export enum Availability {
  WEEKDAY_MORNING = 'WEEKDAY_MORNING',
  WEEKDAY_AFTERNOON = 'WEEKDAY_AFTERNOON',
  WEEKDAY_EVENING = 'WEEKDAY_EVENING',
  WEEKEND = 'WEEKEND',
}

registerEnumType(CompanionshipNeed, {
  name: 'CompanionshipNeed',
  description: "What a family needs a companion's support with; never a diagnosis.",
  valuesConfig: {
    EXHAUSTION: { description: 'A parent is exhausted.' },
    ILLNESS: { description: 'Illness in the family makes everyday life hard.' },
    BULLYING: { description: 'A child is bullied.' },
    NEW_IN_FINLAND: { description: 'The family is new to Finland and its services.' },
    SINGLE_PARENT: { description: 'One parent carries the everyday alone.' },
    SERVICE_GUIDANCE: { description: 'The family needs help finding and keeping services.' },
  },
});
registerEnumType(Availability, {
  name: 'Availability',
  description: 'A part of the week.',
  valuesConfig: {
    WEEKDAY_MORNING: { description: 'Monday to Friday, before noon.' },
    WEEKDAY_AFTERNOON: { description: 'Monday to Friday, noon to 17.' },
    WEEKDAY_EVENING: { description: 'Monday to Friday, after 17.' },
    WEEKEND: { description: 'Saturday and Sunday.' },
  },
});

/** What the family worker's referral says the family needs. */
export interface FamilyWish {
  languages: string[];
  area: string;
  availability: string[];
  needs: string[];
}

export interface CandidateFacts {
  id: string;
  languages: string[];
  area: string;
  availability: string[];
  supportedNeeds: string[];
  /** Families the companion walks alongside now or has been proposed to. */
  load: number;
  maxFamilies: number;
}

export interface RankedCandidate {
  id: string;
  score: number;
  /** Why the candidate ranks where they do, best reasons first; a coordinator reads these. */
  reasons: string[];
}

/** The weights are the product decision: a shared language matters most, then the needs, the area and the times. */
export const WEIGHTS = { language: 40, need: 10, maxNeeds: 30, area: 20, slot: 5, maxSlots: 15, perFamily: 8 };

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
const words = (values: string[]) => values.map((v) => v.toLowerCase().replace(/_/g, ' ')).join(', ');

/** Scores one companion for one family, with the reasons; a full companion is not a candidate at all. */
export function scoreCandidate(wish: FamilyWish, c: CandidateFacts): RankedCandidate | undefined {
  if (c.load >= c.maxFamilies) return undefined;
  const reasons: string[] = [];
  let score = 0;
  const languages = shared(wish.languages, c.languages);
  if (languages.length) {
    score += WEIGHTS.language;
    reasons.push(`Speaks the family's language: ${languages.join(', ')}`);
  } else {
    reasons.push(`No shared language (the family speaks ${wish.languages.join(', ') || 'no language named'})`);
  }
  const needs = shared(wish.needs, c.supportedNeeds);
  if (needs.length) {
    score += Math.min(WEIGHTS.maxNeeds, needs.length * WEIGHTS.need);
    reasons.push(`Ready to support: ${words(needs)}`);
  }
  if (wish.area && wish.area === c.area) {
    score += WEIGHTS.area;
    reasons.push(`Lives in the same area: ${c.area}`);
  }
  const slots = shared(wish.availability, c.availability);
  if (slots.length) {
    score += Math.min(WEIGHTS.maxSlots, slots.length * WEIGHTS.slot);
    reasons.push(`Free when the family is: ${words(slots)}`);
  } else if (wish.availability.length) {
    reasons.push('Not free when the family would like to meet');
  }
  score -= c.load * WEIGHTS.perFamily;
  reasons.push(c.load === 0 ? 'Walks with no family yet' : `Walks with ${c.load} of at most ${c.maxFamilies} families already`);
  return { id: c.id, score, reasons };
}

/** Candidates best first; equal scores keep a stable order by id, so the same question gets the same answer. */
export function rankCandidates(wish: FamilyWish, companions: CandidateFacts[]): RankedCandidate[] {
  return companions
    .map((c) => scoreCandidate(wish, c))
    .filter((r): r is RankedCandidate => r !== undefined)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
