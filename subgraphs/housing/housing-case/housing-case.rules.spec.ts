import { HousingCaseKind, HousingOutcome, HousingAlertType } from './housing-case.entity';
import { closingProblem, firstContactDueOn, followUpProblem } from './housing-case.rules';

describe('the first contact with a housing client', () => {
  it('is due the configured number of Finnish working days after the case opened', () => {
    expect(firstContactDueOn('2026-11-23', 2)).toBe('2026-11-25'); // Monday → Wednesday
    expect(firstContactDueOn('2026-11-27', 2)).toBe('2026-12-01'); // Friday → over the weekend to Tuesday
    expect(firstContactDueOn('2026-12-23', 2)).toBe('2026-12-29'); // Christmas Eve, Day and Boxing Day do not count
    expect(firstContactDueOn('2026-12-05', 1)).toBe('2026-12-07'); // opened on a Saturday: Sunday does not count, Independence Day is a Sunday
    expect(firstContactDueOn('2026-11-23', 0)).toBe('2026-11-23');
  });
});

describe('closing a housing case', () => {
  const open = { kind: HousingCaseKind.EVICTION_PREVENTION, openedOn: '2026-10-01' };
  const today = '2026-11-23';

  it('records an eviction only with the outcome LOST, within the case', () => {
    const eviction = { type: HousingAlertType.RENT_ARREARS, evictedOn: '2026-11-20' };
    expect(closingProblem({ ...open, outcome: HousingOutcome.LOST, closedOn: today, eviction }, today)).toBeUndefined();
    expect(closingProblem({ ...open, outcome: HousingOutcome.KEPT, closedOn: today, eviction }, today)?.[0]).toBe('eviction');
    expect(closingProblem({ ...open, outcome: HousingOutcome.LOST, closedOn: today, eviction: { ...eviction, evictedOn: '2026-09-30' } }, today)?.[0]).toBe(
      'eviction.evictedOn',
    );
    expect(closingProblem({ ...open, outcome: HousingOutcome.LOST, closedOn: today }, today)).toBeUndefined(); // lost by moving out
  });

  it('closes on a day between the opening and today', () => {
    expect(closingProblem({ ...open, outcome: HousingOutcome.KEPT, closedOn: '2026-09-30' }, today)?.[0]).toBe('closedOn');
    expect(closingProblem({ ...open, outcome: HousingOutcome.KEPT, closedOn: '2026-11-24' }, today)?.[0]).toBe('closedOn');
  });
});

describe('a follow-up after a move into an own tenancy', () => {
  it('belongs to a move case, on or after the move-in day and not in the future', () => {
    const today = '2026-11-23';
    expect(followUpProblem(HousingCaseKind.MOVE_TO_OWN_TENANCY, '2026-10-01', '2026-11-01', today)).toBeUndefined();
    expect(followUpProblem(HousingCaseKind.EVICTION_PREVENTION, null, '2026-11-01', today)?.[0]).toBe('caseId');
    expect(followUpProblem(HousingCaseKind.MOVE_TO_OWN_TENANCY, '2026-10-01', '2026-09-01', today)?.[0]).toBe('followedUpOn');
    expect(followUpProblem(HousingCaseKind.MOVE_TO_OWN_TENANCY, '2026-10-01', '2026-11-24', today)?.[0]).toBe('followedUpOn');
  });
});
