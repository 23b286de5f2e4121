import { Initial1795354949775 } from './1795354949775-Initial';

export const migrations = [Initial1795354949775];
