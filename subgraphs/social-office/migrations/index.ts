import { Initial1795354971302 } from './1795354971302-Initial';
import { AccessLogOneSuccessor1795455294575 } from './1795455294575-AccessLogOneSuccessor';
import { HelpFlow1795460000001 } from './1795460000001-HelpFlow';

export const migrations = [Initial1795354971302, AccessLogOneSuccessor1795455294575, HelpFlow1795460000001];
