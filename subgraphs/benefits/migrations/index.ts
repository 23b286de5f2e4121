import { Initial1795354959202 } from './1795354959202-Initial';
import { AccessLogOneSuccessor1795455246118 } from './1795455246118-AccessLogOneSuccessor';
import { ApplicationsAndDecisions1795460100000 } from './1795460100000-ApplicationsAndDecisions';
import { HostCompensation1795460200000 } from './1795460200000-HostCompensation';

export const migrations = [Initial1795354959202, AccessLogOneSuccessor1795455246118, ApplicationsAndDecisions1795460100000, HostCompensation1795460200000];
