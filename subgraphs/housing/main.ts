import { runSubgraph } from '../kit/server';
import { housing } from './subgraph';

runSubgraph(housing);
