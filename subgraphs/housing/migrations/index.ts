import { Initial1795354954505 } from './1795354954505-Initial';
import { TenanciesAndAlerts1795357125379 } from './1795357125379-TenanciesAndAlerts';

export const migrations = [Initial1795354954505, TenanciesAndAlerts1795357125379];
