/** The headline query every benchmark sends: a companion's families and their timeline. */
export const HEADLINE = `query CompanionAgenda { myFamilies { id displayName agenda { source title startsAt endsAt status location { name address } } } }`;

/** The gateways users would pick instead of the project's, each run as a peer on the same subgraphs. */
export const PEERS = ['apollo', 'hive', 'hive-rust'] as const;
export type Peer = (typeof PEERS)[number];

export const TARGETS = ['project', ...PEERS, 'direct'] as const;
export type Target = (typeof TARGETS)[number];

export const LABELS: Record<Target, string> = {
  project: 'project gateway',
  apollo: '@apollo/gateway (stock)',
  hive: 'Hive Gateway',
  'hive-rust': 'Hive Gateway + Rust planner',
  direct: 'direct (no gateway)',
};
