import { Initial1795354949775 } from './1795354949775-Initial';
import { SocialHostGroups1795358970056 } from './1795358970056-SocialHostGroups';
import { LiveConsentIndex1795444882749 } from './1795444882749-LiveConsentIndex';
import { IdempotencyKeys1795444948907 } from './1795444948907-IdempotencyKeys';
import { AccessLogOneSuccessor1795455217332 } from './1795455217332-AccessLogOneSuccessor';
import { CompanionLifecycle1795500000000 } from './1795500000000-CompanionLifecycle';
import { HostsHoursGoalsActivities1795456792841 } from './1795456792841-HostsHoursGoalsActivities';

export const migrations = [
  Initial1795354949775,
  SocialHostGroups1795358970056,
  LiveConsentIndex1795444882749,
  IdempotencyKeys1795444948907,
  AccessLogOneSuccessor1795455217332,
  CompanionLifecycle1795500000000,
  HostsHoursGoalsActivities1795456792841,
];
