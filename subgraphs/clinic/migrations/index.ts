import { Initial1795354966544 } from './1795354966544-Initial';

export const migrations = [Initial1795354966544];
