import { Initial1795354962742 } from './1795354962742-Initial';

export const migrations = [Initial1795354962742];
