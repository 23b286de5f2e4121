import { benefits } from './benefits/subgraph';
import { clinic } from './clinic/subgraph';
import { daycare } from './daycare/subgraph';
import { families } from './families/subgraph';
import type { SubgraphDefinition } from './kit/server';
import { housing } from './housing/subgraph';
import { socialOffice } from './social-office/subgraph';
import { volunteers } from './volunteers/subgraph';

/** Every subgraph's definition, for composition and tooling; each still runs in its own process. */
export const SUBGRAPH_DEFINITIONS: SubgraphDefinition[] = [families, volunteers, housing, benefits, daycare, clinic, socialOffice];
