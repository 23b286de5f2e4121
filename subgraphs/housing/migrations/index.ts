import { Initial1795354954505 } from './1795354954505-Initial';
import { TenanciesAndAlerts1795357125379 } from './1795357125379-TenanciesAndAlerts';
import { IdempotencyKeysOneOpenCase1795444993838 } from './1795444993838-IdempotencyKeysOneOpenCase';
import { AccessLogOneSuccessor1795455230664 } from './1795455230664-AccessLogOneSuccessor';
import { HousingCaseWork1795460000000 } from './1795460000000-HousingCaseWork';

export const migrations = [
  Initial1795354954505,
  TenanciesAndAlerts1795357125379,
  IdempotencyKeysOneOpenCase1795444993838,
  AccessLogOneSuccessor1795455230664,
  HousingCaseWork1795460000000,
];
