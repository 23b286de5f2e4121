import { Initial1795354949775 } from './1795354949775-Initial';
import { SocialHostGroups1795358970056 } from './1795358970056-SocialHostGroups';

export const migrations = [Initial1795354949775, SocialHostGroups1795358970056];
