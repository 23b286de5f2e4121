import { Initial1795354954505 } from './1795354954505-Initial';

export const migrations = [Initial1795354954505];
