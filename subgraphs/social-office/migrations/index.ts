import { Initial1795354971302 } from './1795354971302-Initial';

export const migrations = [Initial1795354971302];
