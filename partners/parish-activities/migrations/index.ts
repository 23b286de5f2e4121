import { Initial1795460000000 } from './1795460000000-Initial';

export const migrations = [Initial1795460000000];
