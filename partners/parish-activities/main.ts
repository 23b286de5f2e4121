import { runSubgraph } from '@rinnalla/subgraph-kit';
import { parishActivities } from './subgraph';

runSubgraph(parishActivities);
