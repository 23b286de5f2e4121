import { runSubgraph } from '../kit/server';
import { daycare } from './subgraph';

runSubgraph(daycare);
