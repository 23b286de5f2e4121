import { runSubgraph } from '../kit/server';
import { benefits } from './subgraph';

runSubgraph(benefits);
