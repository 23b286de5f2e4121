import fs from 'node:fs';
import path from 'node:path';
import { isMap, parseDocument, type Document } from 'yaml';
import { ConfigError } from './config-error';
import { projectRoot } from './project-root';

/** Points every process and script at another registry file, e.g. a test's copy with one more subgraph. */
export const REGISTRY_ENV = 'RINNALLA_REGISTRY';
export const DEFAULT_REGISTRY_FILE = 'subgraphs.yaml';

/** What a subgraph adds to the graph's timeline: a value of `AgendaSource`, served as `field` on Family. */
export interface AgendaContribution {
  value: string;
  description: string;
  /** `<camelName>Agenda`: the Family field families requires and merges into `agenda`. */
  field: string;
}

/** A data category beside the kit's core ones, and the municipal roles granted it for every family. */
export interface CategoryContribution {
  name: string;
  description: string;
  grantedTo: string[];
}

export interface RegisteredSubgraph {
  name: string;
  /** Where the gateway reaches it by default; `<PREFIX>_URL` / `<PREFIX>_PORT` override. */
  routingUrl: string;
  /** The default port its process listens on: the routing URL's. */
  port: number;
  owner: string;
  /** The SDL file compose writes, relative to the project root. */
  schemaFile: string;
  /** The module its process runs, relative to the project root (a `.ts` source, compiled to `dist/`). */
  main: string;
  /** The module exporting its `SubgraphDefinition`. */
  definition: string;
  agendaSource?: AgendaContribution;
  /** `<camelName>AccessLog`, the Family field families merges into `accessLog`; undefined if it keeps no part. */
  accessLogField?: string;
  grantSource?: { roles: string[] };
  categories: CategoryContribution[];
}

export interface Registry {
  file: string;
  gatewayPort: number;
  subgraphs: RegisteredSubgraph[];
}

/** A registry that cannot be used; the message names the file and the entry, so an operator can fix it. */
export class RegistryError extends ConfigError {
  readonly code = 'REGISTRY_INVALID';
  constructor(file: string, where: string, problem: string) {
    super(`[REGISTRY_INVALID] ${shownPath(file)}${where ? `, ${where}` : ''}: ${problem}`);
  }
}

/** A path as an operator would type it: relative when under the working directory. */
const shownPath = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file) || file);

/** `social-office` → `socialOffice`. */
export const camelName = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
/** `social-office` → `socialOfficeAgenda`: the Family field through which a subgraph contributes its timeline items. */
export const agendaFieldName = (name: string) => `${camelName(name)}Agenda`;
/** `social-office` → `socialOfficeAccessLog`: the Family field through which a subgraph contributes its part of the log. */
export const accessLogFieldName = (name: string) => `${camelName(name)}AccessLog`;

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const TOP_KEYS = ['federation_version', 'gateway', 'subgraphs'];
const SUBGRAPH_KEYS = ['routing_url', 'schema', 'owner', 'main', 'definition', 'agenda_source', 'access_log', 'grant_source', 'categories'];

type Plain = Record<string, unknown>;

/** Reads and checks a registry file; throws a `RegistryError` naming the file and entry at the first problem. */
export function readRegistry(file: string): Registry {
  const fail = (where: string, problem: string) => new RegistryError(file, where, problem);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw fail('', `cannot be read; set ${REGISTRY_ENV} to the registry file, or run from the project root`);
  }
  const doc: Document = parseDocument(text, { uniqueKeys: true });
  const [first] = doc.errors;
  if (first?.code === 'DUPLICATE_KEY') {
    const key = /^\s*"?([^":\n]+)/.exec(text.slice(first.pos[0]))?.[1]?.trim();
    throw fail(`line ${first.linePos?.[0].line}`, `"${key}" is listed twice (a subgraph name or a key must be unique)`);
  }
  if (first) throw fail('', `is not valid YAML: ${first.message.split('\n')[0]}`);
  const top = doc.toJS() as Plain | null;
  if (!top || typeof top !== 'object' || Array.isArray(top)) throw fail('', 'must be a mapping with `subgraphs:`');
  onlyKeys(top, TOP_KEYS, (problem) => fail('top level', problem));

  const gateway = (top.gateway ?? {}) as Plain;
  const gatewayPort = gateway.routing_url === undefined ? 4000 : portOf(gateway.routing_url, (problem) => fail('gateway.routing_url', problem));

  if (!isMap(doc.get('subgraphs'))) throw fail('subgraphs', 'must be a mapping from subgraph name to its entry');
  const ports = new Map<number, string>([[gatewayPort, 'the gateway']]);
  const values = new Map<string, string>();
  const categories = new Map<string, string>();
  const subgraphs: RegisteredSubgraph[] = [];
  for (const [name, raw] of Object.entries(top.subgraphs as Plain)) {
    const where = `subgraph "${name}"`;
    const bad = (problem: string) => fail(where, problem);
    if (!NAME.test(name)) throw bad('the name must be lower-case words joined by "-", e.g. parish-activities');
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bad('must be a mapping of its settings');
    const entry = raw as Plain;
    onlyKeys(entry, SUBGRAPH_KEYS, bad);
    const routingUrl = text_(entry, 'routing_url', bad);
    const port = portOf(routingUrl, (problem) => bad(`routing_url ${problem}`));
    const taken = ports.get(port);
    if (taken) throw bad(`port ${port} is already ${taken}'s`);
    ports.set(port, `subgraph "${name}"`);
    const schema = entry.schema as Plain | undefined;
    if (!schema || typeof schema !== 'object') throw bad('missing `schema: { file: schema/<name>.graphql }`');
    onlyKeys(schema, ['file'], (problem) => bad(`schema: ${problem}`));

    let agendaSource: AgendaContribution | undefined;
    if (entry.agenda_source !== undefined) {
      const agenda = entry.agenda_source as Plain;
      if (!agenda || typeof agenda !== 'object') throw bad('agenda_source must be `{ value: NAME, description: ... }`');
      onlyKeys(agenda, ['value', 'description'], (problem) => bad(`agenda_source: ${problem}`));
      const value = text_(agenda, 'value', (problem) => bad(`agenda_source ${problem}`));
      if (!ENUM_VALUE.test(value)) throw bad(`agenda_source.value "${value}" must be an upper-case GraphQL enum value, e.g. COMMUNITY_ACTIVITIES`);
      if (values.has(value)) throw bad(`agenda_source.value ${value} is already ${values.get(value)}'s`);
      values.set(value, `subgraph "${name}"`);
      agendaSource = { value, description: text_(agenda, 'description', (problem) => bad(`agenda_source ${problem}`)), field: agendaFieldName(name) };
    }
    if (entry.access_log !== undefined && typeof entry.access_log !== 'boolean') throw bad('access_log must be true or false');

    let grantSource: { roles: string[] } | undefined;
    if (entry.grant_source !== undefined) {
      const grant = entry.grant_source as Plain;
      if (!grant || typeof grant !== 'object') throw bad('grant_source must be `{ roles: [role, ...] }`');
      onlyKeys(grant, ['roles'], (problem) => bad(`grant_source: ${problem}`));
      grantSource = { roles: names(grant.roles, 'grant_source.roles', bad) };
      if (grantSource.roles.length === 0) throw bad('grant_source.roles must name at least one role');
    }

    const contributed: CategoryContribution[] = [];
    if (entry.categories !== undefined) {
      if (!Array.isArray(entry.categories)) throw bad('categories must be a list of `{ name, description, granted_to }`');
      for (const [i, rawCategory] of (entry.categories as unknown[]).entries()) {
        const at = (problem: string) => bad(`categories[${i}] ${problem}`);
        if (!rawCategory || typeof rawCategory !== 'object') throw at('must be `{ name, description, granted_to }`');
        const category = rawCategory as Plain;
        onlyKeys(category, ['name', 'description', 'granted_to'], at);
        const categoryName = text_(category, 'name', at);
        if (!NAME.test(categoryName)) throw at(`name "${categoryName}" must be lower-case words joined by "-"`);
        if (categories.has(categoryName)) throw at(`name "${categoryName}" is already ${categories.get(categoryName)}'s`);
        categories.set(categoryName, `subgraph "${name}"`);
        contributed.push({
          name: categoryName,
          description: text_(category, 'description', at),
          grantedTo: category.granted_to === undefined ? [] : names(category.granted_to, 'granted_to', at),
        });
      }
    }

    subgraphs.push({
      name,
      routingUrl,
      port,
      owner: text_(entry, 'owner', bad),
      schemaFile: text_(schema, 'file', (problem) => bad(`schema ${problem}`)),
      main: modulePath(entry, 'main', bad),
      definition: modulePath(entry, 'definition', bad),
      agendaSource,
      accessLogField: entry.access_log ? accessLogFieldName(name) : undefined,
      grantSource,
      categories: contributed,
    });
  }
  if (subgraphs.length === 0) throw fail('subgraphs', 'lists no subgraph');
  return { file, gatewayPort, subgraphs };
}

function onlyKeys(value: Plain, known: string[], bad: (problem: string) => Error) {
  for (const key of Object.keys(value)) if (!known.includes(key)) throw bad(`unknown key "${key}" (known: ${known.join(', ')})`);
}

function text_(value: Plain, key: string, bad: (problem: string) => Error): string {
  const v = value[key];
  if (v === undefined || v === null || v === '') throw bad(`missing \`${key}\``);
  if (typeof v !== 'string') throw bad(`\`${key}\` must be text`);
  return v;
}

function names(value: unknown, key: string, bad: (problem: string) => Error): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !NAME.test(v))) throw bad(`${key} must be a list of names, e.g. [guardian]`);
  return value as string[];
}

function modulePath(value: Plain, key: string, bad: (problem: string) => Error): string {
  const v = text_(value, key, bad);
  if (path.isAbsolute(v) || v.split('/').includes('..') || !v.endsWith('.ts'))
    throw bad(`\`${key}\` must be a .ts path inside the project, e.g. subgraphs/clinic/${key}.ts`);
  return v;
}

function portOf(value: unknown, bad: (problem: string) => Error): number {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw bad(`must be a URL such as http://127.0.0.1:4010/graphql, got "${String(value)}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || !url.port) throw bad(`must be an http(s) URL with an explicit port, got "${String(value)}"`);
  return Number(url.port);
}

const cache = new Map<string, Registry>();

/** The registry file in use: `RINNALLA_REGISTRY`, or `subgraphs.yaml` at the project root. */
export function registryFile(env = process.env): string {
  return path.resolve(env[REGISTRY_ENV] || path.join(projectRoot(), DEFAULT_REGISTRY_FILE));
}

/** The registry this process runs with, read once. */
export function registry(env = process.env): Registry {
  const file = registryFile(env);
  let loaded = cache.get(file);
  if (!loaded) cache.set(file, (loaded = readRegistry(file)));
  return loaded;
}

export function registeredSubgraph(name: string, env = process.env): RegisteredSubgraph {
  const found = registry(env).subgraphs.find((s) => s.name === name);
  if (!found) throw new RegistryError(registryFile(env), '', `no subgraph "${name}" is registered`);
  return found;
}

/**
 * Where a registered module is in the code that runs: the sources under jest (`.ts`), or `dist/` for
 * the compiled processes. Required without an extension so both resolve.
 */
export function codeModule(relative: string): string {
  const compiled = __filename.endsWith('.js');
  return path.join(projectRoot(), compiled ? 'dist' : '', relative.replace(/\.ts$/, ''));
}

/** The module a subgraph's process runs, compiled. */
export const mainScript = (subgraph: RegisteredSubgraph) => path.join(projectRoot(), 'dist', subgraph.main.replace(/\.ts$/, '.js'));
