import { runSubgraph } from '../kit/server';
import { socialOffice } from './subgraph';

runSubgraph(socialOffice);
