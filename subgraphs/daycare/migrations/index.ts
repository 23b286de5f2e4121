import { Initial1795354962742 } from './1795354962742-Initial';
import { AccessLogOneSuccessor1795455265538 } from './1795455265538-AccessLogOneSuccessor';

export const migrations = [Initial1795354962742, AccessLogOneSuccessor1795455265538];
