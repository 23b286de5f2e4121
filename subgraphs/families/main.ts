import { runSubgraph } from '../kit/server';
import { families } from './subgraph';

runSubgraph(families);
