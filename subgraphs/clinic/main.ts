import { runSubgraph } from '../kit/server';
import { clinic } from './subgraph';

runSubgraph(clinic);
