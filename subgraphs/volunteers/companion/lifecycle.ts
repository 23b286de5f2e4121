import { registerEnumType } from 'type-graphql';

/** Where a volunteer companion is on the way from applying to walking alongside families. */
export enum CompanionStage {
  APPLIED = 'APPLIED',
  TRAINED = 'TRAINED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}

registerEnumType(CompanionStage, {
  name: 'CompanionStage',
  description: "A volunteer companion's stage: applied, trained, active, paused or ended.",
  valuesConfig: {
    APPLIED: { description: 'Has applied to the organisation; not yet trained.' },
    TRAINED: { description: 'Has attended training; may be matched with a family.' },
    ACTIVE: { description: 'Walks alongside families, or is ready to.' },
    PAUSED: { description: 'On a break: not matched with new families; has no active families.' },
    ENDED: { description: 'No longer volunteers as a companion. Final.' },
  },
});

/** The stages each stage may move to; ENDED is final. */
export const NEXT_STAGES: Record<CompanionStage, CompanionStage[]> = {
  [CompanionStage.APPLIED]: [CompanionStage.TRAINED, CompanionStage.ENDED],
  [CompanionStage.TRAINED]: [CompanionStage.ACTIVE, CompanionStage.PAUSED, CompanionStage.ENDED],
  [CompanionStage.ACTIVE]: [CompanionStage.PAUSED, CompanionStage.ENDED],
  [CompanionStage.PAUSED]: [CompanionStage.ACTIVE, CompanionStage.ENDED],
  [CompanionStage.ENDED]: [],
};

/** Stages in which a coordinator may propose the companion for a family. */
export const MATCHABLE_STAGES = [CompanionStage.TRAINED, CompanionStage.ACTIVE];

export interface StageFacts {
  /** Training sessions the companion attended. */
  trainingsAttended: number;
  /** Assignments proposed to or active with a family now. */
  openAssignments: number;
}

/** Why `from` may not move to `to`, in words a coordinator can act on; undefined when it may. */
export function stageChangeProblem(from: CompanionStage, to: CompanionStage, facts: StageFacts): string | undefined {
  if (from === to) return `The companion is already ${to}.`;
  if (!NEXT_STAGES[from].includes(to)) {
    const allowed = NEXT_STAGES[from];
    return allowed.length ? `From ${from} a companion can move only to ${allowed.join(' or ')}.` : `${from} is final: the companion's stage cannot change.`;
  }
  if (to === CompanionStage.TRAINED && facts.trainingsAttended === 0) return 'Record the training session the companion attended first.';
  if ((to === CompanionStage.PAUSED || to === CompanionStage.ENDED) && facts.openAssignments > 0) {
    return `End the companion's ${facts.openAssignments} open assignment(s) first, so no family is left waiting.`;
  }
  return undefined;
}
