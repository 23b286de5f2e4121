import { Initial1795354836172 } from './1795354836172-Initial';

export const migrations = [Initial1795354836172];
