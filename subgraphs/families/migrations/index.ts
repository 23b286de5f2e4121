import { Initial1795354836172 } from './1795354836172-Initial';
import { IdempotencyKeys1795444918354 } from './1795444918354-IdempotencyKeys';
import { HelpRequests1795449124714 } from './1795449124714-HelpRequests';
import { AccessLogOneSuccessor1795455204025 } from './1795455204025-AccessLogOneSuccessor';
import { HelpFlow1795460000000 } from './1795460000000-HelpFlow';

export const migrations = [
  Initial1795354836172,
  IdempotencyKeys1795444918354,
  HelpRequests1795449124714,
  AccessLogOneSuccessor1795455204025,
  HelpFlow1795460000000,
];
