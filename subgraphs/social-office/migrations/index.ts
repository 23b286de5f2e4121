import { Initial1795354971302 } from './1795354971302-Initial';
import { HelpFlow1795460000001 } from './1795460000001-HelpFlow';

export const migrations = [Initial1795354971302, HelpFlow1795460000001];
