import { Initial1795354959202 } from './1795354959202-Initial';
import { HostCompensation1795455331513 } from './1795455331513-HostCompensation';

export const migrations = [Initial1795354959202, HostCompensation1795455331513];
