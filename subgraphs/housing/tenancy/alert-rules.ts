import { HousingAlertType } from '../housing-case/housing-case.entity';

export interface AlertDetails {
  type: HousingAlertType;
  arrearsCents?: number | null;
  monthsInArrears?: number | null;
  warningGivenOn?: string | null;
  disturbanceKind?: string | null;
}

/**
 * What each type of alert must carry, as `[field, message]`, or undefined when it is complete:
 * arrears give the amount and the months; a disturbance gives the warning's date and kind. Neither carries the other's.
 */
export function alertProblem(a: AlertDetails, today: string): [string, string] | undefined {
  const has = (v: unknown) => v !== undefined && v !== null;
  if (a.type === HousingAlertType.RENT_ARREARS) {
    if (!has(a.arrearsCents)) return ['arrearsCents', 'arrearsCents is needed for a RENT_ARREARS alert.'];
    if (!has(a.monthsInArrears)) return ['monthsInArrears', 'monthsInArrears is needed for a RENT_ARREARS alert.'];
    if (has(a.warningGivenOn) || has(a.disturbanceKind)) return ['warningGivenOn', 'warningGivenOn and disturbanceKind belong to a DISTURBANCE alert.'];
  } else {
    if (!has(a.warningGivenOn)) return ['warningGivenOn', 'warningGivenOn is needed for a DISTURBANCE alert.'];
    if (!has(a.disturbanceKind)) return ['disturbanceKind', 'disturbanceKind is needed for a DISTURBANCE alert.'];
    if (a.warningGivenOn! > today) return ['warningGivenOn', 'warningGivenOn cannot be in the future.'];
    if (has(a.arrearsCents) || has(a.monthsInArrears)) return ['arrearsCents', 'arrearsCents and monthsInArrears belong to a RENT_ARREARS alert.'];
  }
  return undefined;
}
