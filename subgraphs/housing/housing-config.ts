import { readInt } from '../kit/env';

/** The municipality a housing subgraph serves: new cases are stored under it, and the outcome report filters by it. */
export const DEFAULT_MUNICIPALITY = 'Rinnala';

export interface HousingConfig {
  municipality: string;
  /** Working days from the alert to the counsellor's first contact with the family. */
  firstContactWorkingDays: number;
}

/** `HOUSING_MUNICIPALITY` and `HOUSING_FIRST_CONTACT_WORKING_DAYS` (default 2), checked when read. */
export function housingConfig(env = process.env): HousingConfig {
  const municipality = (env.HOUSING_MUNICIPALITY ?? '').trim() || DEFAULT_MUNICIPALITY;
  return { municipality, firstContactWorkingDays: readInt('HOUSING_FIRST_CONTACT_WORKING_DAYS', 2, 0, 20, env) };
}
