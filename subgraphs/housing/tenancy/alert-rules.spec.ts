import { HousingAlertType } from '../housing-case/housing-case.entity';
import { alertProblem } from './alert-rules';

const today = '2026-11-23';

describe("a landlord's alert", () => {
  it('of rent arrears carries the amount in cents and the months, and nothing of a disturbance', () => {
    const arrears = { type: HousingAlertType.RENT_ARREARS, arrearsCents: 125_000, monthsInArrears: 2 };
    expect(alertProblem(arrears, today)).toBeUndefined();
    expect(alertProblem({ ...arrears, arrearsCents: null }, today)?.[0]).toBe('arrearsCents');
    expect(alertProblem({ ...arrears, monthsInArrears: undefined }, today)?.[0]).toBe('monthsInArrears');
    expect(alertProblem({ ...arrears, disturbanceKind: 'NOISE' }, today)?.[0]).toBe('warningGivenOn');
  });

  it('of a disturbance carries the warning day (not in the future) and its kind, and no arrears', () => {
    const disturbance = { type: HousingAlertType.DISTURBANCE, warningGivenOn: '2026-11-20', disturbanceKind: 'NOISE' };
    expect(alertProblem(disturbance, today)).toBeUndefined();
    expect(alertProblem({ ...disturbance, warningGivenOn: null }, today)?.[0]).toBe('warningGivenOn');
    expect(alertProblem({ ...disturbance, disturbanceKind: null }, today)?.[0]).toBe('disturbanceKind');
    expect(alertProblem({ ...disturbance, warningGivenOn: '2026-11-24' }, today)?.[0]).toBe('warningGivenOn');
    expect(alertProblem({ ...disturbance, arrearsCents: 100 }, today)?.[0]).toBe('arrearsCents');
  });
});
