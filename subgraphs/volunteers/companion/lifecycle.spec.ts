import { CompanionStage as S, stageChangeProblem } from './lifecycle';

const ready = { trainingsAttended: 1, openAssignments: 0 };

describe("a companion's stage changes", () => {
  it.each([
    [S.APPLIED, S.TRAINED],
    [S.APPLIED, S.ENDED],
    [S.TRAINED, S.ACTIVE],
    [S.TRAINED, S.PAUSED],
    [S.ACTIVE, S.PAUSED],
    [S.PAUSED, S.ACTIVE],
    [S.ACTIVE, S.ENDED],
    [S.PAUSED, S.ENDED],
  ])('%s → %s is allowed', (from, to) => {
    expect(stageChangeProblem(from, to, ready)).toBeUndefined();
  });

  it.each([
    [S.APPLIED, S.ACTIVE, 'From APPLIED a companion can move only to TRAINED or ENDED.'],
    [S.ACTIVE, S.TRAINED, 'From ACTIVE a companion can move only to PAUSED or ENDED.'],
    [S.ENDED, S.ACTIVE, "ENDED is final: the companion's stage cannot change."],
    [S.ACTIVE, S.ACTIVE, 'The companion is already ACTIVE.'],
  ])('%s → %s is refused', (from, to, reason) => {
    expect(stageChangeProblem(from, to, ready)).toBe(reason);
  });

  it('needs an attended training session before TRAINED', () => {
    expect(stageChangeProblem(S.APPLIED, S.TRAINED, { trainingsAttended: 0, openAssignments: 0 })).toMatch(/training session/);
  });

  it('leaves no family waiting: no pause or end with open assignments', () => {
    expect(stageChangeProblem(S.ACTIVE, S.PAUSED, { trainingsAttended: 2, openAssignments: 2 })).toMatch(/2 open assignment/);
    expect(stageChangeProblem(S.ACTIVE, S.ENDED, { trainingsAttended: 2, openAssignments: 1 })).toMatch(/1 open assignment/);
  });
});
