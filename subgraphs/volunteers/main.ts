import { runSubgraph } from '../kit/server';
import { volunteers } from './subgraph';

runSubgraph(volunteers);
