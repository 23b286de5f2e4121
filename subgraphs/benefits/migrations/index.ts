import { Initial1795354959202 } from './1795354959202-Initial';

export const migrations = [Initial1795354959202];
