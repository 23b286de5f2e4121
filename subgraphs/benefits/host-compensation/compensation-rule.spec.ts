import { CompensationForm, CompensationLineKind, computeHostCompensation, type CompensationParameters } from './compensation-rule';

const RINNALA: CompensationParameters = {
  rentSharePercent: 50,
  goalBonusCents: 100_00,
  gymCardYearCents: 480_00,
  busCardMonthCents: 62_70,
  minimumHoursPercent: 50,
};
const halfRent = { form: CompensationForm.HALF_RENT, monthlyRentCents: 850_00 };
const fullMonth = { approvedMinutes: 1200, quotaMinutes: 1200 };

describe("a social host's monthly compensation", () => {
  it('is half the rent plus the bonus when every goal due is met', () => {
    const result = computeHostCompensation(RINNALA, halfRent, { ...fullMonth, goalStatuses: ['MET', 'MET'] });
    expect(result.totalCents).toBe(425_00 + 100_00);
    expect(result.goalBonusEarned).toBe(true);
    expect(result.lines.map((l) => [l.kind, l.amountCents])).toEqual([
      [CompensationLineKind.BASE, 425_00],
      [CompensationLineKind.GOAL_BONUS, 100_00],
    ]);
    expect(result.lines[0].description).toBe('50 % of the rent 850,00 € (approved 20 h of 20 h agreed)');
    expect(result.lines[1].description).toBe('Goal bonus 100,00 €: 2 of 2 goals due this month met');
  });

  it('is half the rent without the bonus when a goal due is not met, or none is due', () => {
    for (const goalStatuses of [['MET', 'NOT_MET'], ['MET', 'IN_PROGRESS'], []]) {
      const result = computeHostCompensation(RINNALA, halfRent, { ...fullMonth, goalStatuses });
      expect(result).toMatchObject({ totalCents: 425_00, goalBonusEarned: false });
      expect(result.lines[1].amountCents).toBe(0);
    }
  });

  it('leaves dropped goals out of the bonus', () => {
    expect(computeHostCompensation(RINNALA, halfRent, { ...fullMonth, goalStatuses: ['MET', 'DROPPED'] }).goalBonusEarned).toBe(true);
    expect(computeHostCompensation(RINNALA, halfRent, { ...fullMonth, goalStatuses: ['DROPPED'] }).goalBonusEarned).toBe(false);
  });

  it('pays the agreed alternative instead of half the rent', () => {
    const month = { ...fullMonth, goalStatuses: ['MET'] };
    expect(computeHostCompensation(RINNALA, { form: CompensationForm.WHOLE_RENT, monthlyRentCents: 850_00 }, month).totalCents).toBe(950_00);
    expect(computeHostCompensation(RINNALA, { form: CompensationForm.GYM_CARD, monthlyRentCents: 0 }, month).totalCents).toBe(40_00 + 100_00);
    expect(computeHostCompensation(RINNALA, { form: CompensationForm.BUS_CARD, monthlyRentCents: 0 }, month).totalCents).toBe(62_70 + 100_00);
  });

  it("follows the municipality's parameters", () => {
    const generous = { ...RINNALA, rentSharePercent: 60, goalBonusCents: 150_00 };
    expect(
      computeHostCompensation(generous, { form: CompensationForm.HALF_RENT, monthlyRentCents: 799_99 }, { ...fullMonth, goalStatuses: ['MET'] }).totalCents,
    ).toBe(
      479_99 + 150_00, // 60 % of 799,99 € is 479,994 €: rounded to the cent
    );
  });

  it('pays nothing for a month below the minimum share of the agreed hours, and says why', () => {
    const result = computeHostCompensation(RINNALA, halfRent, { approvedMinutes: 599, quotaMinutes: 1200, goalStatuses: ['MET'] });
    expect(result).toMatchObject({ totalCents: 0, goalBonusEarned: false });
    expect(result.lines[0].description).toMatch(/not paid, approved 9 h 59 min of 20 h agreed is below the minimum 10 h \(50 %\)/);
    expect(computeHostCompensation(RINNALA, halfRent, { approvedMinutes: 600, quotaMinutes: 1200, goalStatuses: [] }).totalCents).toBe(425_00);
  });
});
