import { Initial1795354966544 } from './1795354966544-Initial';
import { AccessLogOneSuccessor1795455279095 } from './1795455279095-AccessLogOneSuccessor';

export const migrations = [Initial1795354966544, AccessLogOneSuccessor1795455279095];
