import { Initial1795354959202 } from './1795354959202-Initial';
import { ApplicationsAndDecisions1795460100000 } from './1795460100000-ApplicationsAndDecisions';

export const migrations = [Initial1795354959202, ApplicationsAndDecisions1795460100000];
