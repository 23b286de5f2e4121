import { Initial1795354959202 } from './1795354959202-Initial';
import { AccessLogOneSuccessor1795455246118 } from './1795455246118-AccessLogOneSuccessor';

export const migrations = [Initial1795354959202, AccessLogOneSuccessor1795455246118];
