import { registerEnumType } from 'type-graphql';

/** The services a plan can agree on; the feedback report groups answers by them. */
export enum SupportService {
  FAMILY_WORK = 'FAMILY_WORK',
  HOME_HELP = 'HOME_HELP',
  FAMILY_COUNSELLING = 'FAMILY_COUNSELLING',
  PEER_GROUP = 'PEER_GROUP',
  COMPANION = 'COMPANION',
  SOCIAL_HOST = 'SOCIAL_HOST',
  HOUSING_SUPPORT = 'HOUSING_SUPPORT',
  SOCIAL_REHABILITATION = 'SOCIAL_REHABILITATION',
}

export const SUPPORT_SERVICE_LABELS: Record<SupportService, string> = {
  FAMILY_WORK: 'Family work (perhetyö)',
  HOME_HELP: 'Home help for families with children (lapsiperheiden kotipalvelu)',
  FAMILY_COUNSELLING: 'Child and family counselling (kasvatus- ja perheneuvonta)',
  PEER_GROUP: 'Peer support group',
  COMPANION: 'A volunteer companion (rinnallakulkija)',
  SOCIAL_HOST: "A social host's group (sosiaalinen isännöinti)",
  HOUSING_SUPPORT: 'Housing support and counselling (asumisneuvonta)',
  SOCIAL_REHABILITATION: 'Social rehabilitation (sosiaalinen kuntoutus)',
};

registerEnumType(SupportService, {
  name: 'SupportService',
  description: 'A family service a service plan can agree on.',
  valuesConfig: Object.fromEntries(Object.entries(SUPPORT_SERVICE_LABELS).map(([k, label]) => [k, { description: `${label}.` }])),
});
