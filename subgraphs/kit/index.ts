/**
 * @rinnalla/subgraph-kit: what a subgraph of Rinnalla, a partner's included, is built from. Everything a
 * partner may rely on is exported here; the kit's other files are its inside. See README.md beside this file.
 */

// Defining and running a subgraph; the registry (subgraphs.yaml) that says what it contributes.
export { runSubgraph, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from './server';
export { loadSubgraphConfig, type SubgraphConfig } from './config';
export { accessLogFieldName, agendaFieldName, registeredSubgraph, registry, RegistryError, type Registry, type RegisteredSubgraph } from './registry';
export type { SubgraphContext } from './context';

// Family data: categories on fields, and grants checked per family before a value leaves.
export { FamilyData } from './category';
export { CATEGORIES, CORE_CATEGORIES, type Basis, type Category, type CoreCategory, type Grant, type Role } from './passport';
export { guarded } from './guard';
export { familyKeyReference, rowsByFamily, rowsByFamilyTogether, type FamilyRowsOptions, type FamilyRowsPart } from './family-rows';
export type { Viewer } from './viewer';

// The companion's timeline.
export { AGENDA_ITEM_SELECTION, agendaWindow, AgendaItem, AgendaLocation, AgendaSource, AgendaStatus } from './agenda';
export { helsinkiInstant, helsinkiToday, toHelsinkiIso } from './date-time';

// Access logging: every read `ctx.access.permit` (and so `rowsByFamily`, `guarded`) allows is logged before the answer
// leaves; `accessLogResolver` serves the subgraph's part of `Family.accessLog`.
export { accessLogResolver } from './access-log/access-log.resolver';
export { AccessLogEntry } from './access-log/access-log-entry';

// Passport verification, for a subgraph that runs without the kit's server.
export {
  PASSPORT_HEADER,
  PASSPORT_ISSUER,
  PASSPORT_JWKS_PATH,
  PASSPORT_LIFETIME_SECONDS,
  passportKeys,
  PassportVerifier,
  verifyPassport,
  type Passport,
} from './passport';

// Errors with a code, validated inputs, per-request loaders.
export { badInput, codedError, conflict, forbidden, notFound, type ErrorCode } from './errors';
export { E164_PHONE, MultilineText } from './input-rules';
export { Loaders, manyEach, oneEach } from './loaders';

// Migrations run at start (TypeORM classes in `definition.migrations`); demo data seeded into an empty database
// (`definition.seed`), laid on the fictitious demo municipality every subgraph shares.
export { insertInChunks } from './seed';
export { demoMunicipality, type DemoFamily } from '../../demo/municipality';
