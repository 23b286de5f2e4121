/**
 * `npm run new-subgraph -- <name> [--owner "<organisation>"] [--dir partners/<name>]`: writes a working subgraph from a
 * template, built only on @rinnalla/subgraph-kit: an entity of family events, its resolver (the subgraph's part of
 * `Family.agenda` and of `Family.accessLog`), the first migration, a demo seed, a spec, and its registry entry.
 * The registry is `RINNALLA_REGISTRY` or subgraphs.yaml. Then: `npm run compose && npm run compose:docker`, `npm start`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DefaultNamingStrategy } from 'typeorm';
import { agendaFieldName, camelName, readRegistry, registryFile } from '../subgraphs/kit/registry';
import { projectRoot } from '../subgraphs/kit/project-root';

export interface NewSubgraph {
  name: string;
  owner: string;
  /** Where the code goes, relative to the project root. */
  dir: string;
  registry: string;
}

const pascal = (name: string) => camelName(name).replace(/^\w/, (c) => c.toUpperCase());
const upper = (name: string) => name.toUpperCase().replace(/-/g, '_');
const snake = (name: string) => name.replace(/-/g, '_');

/** The template's files, by path inside the subgraph's folder. */
export function templateFiles(name: string, stamp: number): Record<string, string> {
  const Name = pascal(name);
  const camel = camelName(name);
  const table = `${snake(name)}_event`;
  const naming = new DefaultNamingStrategy();
  const index = naming.indexName(table, ['familyId', 'startsAt']);
  const pk = naming.primaryKeyName(table, ['id']);
  const agendaField = agendaFieldName(name);
  const source = upper(name);
  return {
    'event/family-event.entity.ts': `import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { AgendaStatus } from '@rinnalla/subgraph-kit';

/** One event a family is booked for at ${name}. */
@Entity('${table}')
@Index(['familyId', 'startsAt'])
@ObjectType({ description: 'An event a family is booked for at ${name}.' })
export class ${Name}Event {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The event booking's id at ${name}." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 80 })
  @Field({ description: 'What the event is, in words a family member understands.' })
  title: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it starts, in Finnish local time (Europe/Helsinki).' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it ends, in Finnish local time.' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => AgendaStatus, { description: 'Whether the booking stands, was kept, cancelled or missed.' })
  status: AgendaStatus;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: 'Where the event is.' })
  placeName: string;

  @VersionColumn()
  version: number;
}
`,
    'event/agenda-item.ts': `import { AgendaSource, type AgendaItem } from '@rinnalla/subgraph-kit';
import type { ${Name}Event } from './family-event.entity';

/** One event as a timeline item, with this subgraph's registered \`AgendaSource\`. */
export function agendaItem(event: ${Name}Event): AgendaItem {
  return {
    id: event.id,
    source: AgendaSource.${source},
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    status: event.status,
    location: { name: event.placeName },
  };
}
`,
    'event/agenda-item.spec.ts': `import { AgendaStatus } from '@rinnalla/subgraph-kit';
import { agendaItem } from './agenda-item';
import type { ${Name}Event } from './family-event.entity';

describe('a ${name} event in the timeline', () => {
  it('is an item of its own source, at its place', () => {
    const event = { id: 'e1', familyId: 'f1', title: 'Story time', startsAt: new Date('2026-11-26T15:00:00Z'), endsAt: new Date('2026-11-26T16:00:00Z'), status: AgendaStatus.BOOKED, placeName: 'Main library' } as ${Name}Event;
    expect(agendaItem(event)).toMatchObject({ source: '${source}', title: 'Story time', location: { name: 'Main library' } });
  });
});
`,
    'family/family.ts': `import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaItem, FamilyData } from '@rinnalla/subgraph-kit';
import { ${Name}Event } from '../event/family-event.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  // Plumbing for families' \`agenda\`: hidden from the public API, still served to the gateway for \`@requires\`.
  @FamilyData('bookings')
  @Directive('@inaccessible')
  @Field(() => [AgendaItem], { nullable: true, description: "${name}'s part of \`agenda\`." })
  ${agendaField}?: AgendaItem[];

  @FamilyData('bookings')
  @Field(() => [${Name}Event], { description: "The family's ${name} events in the agenda window. Empty without the \`bookings\` grant." })
  ${camel}Events: ${Name}Event[];
}
`,
    'family/family.resolver.ts': `import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem, rowsByFamily, type SubgraphContext } from '@rinnalla/subgraph-kit';
import { agendaItem } from '../event/agenda-item';
import { ${Name}Event } from '../event/family-event.entity';
import { Family } from './family';

/** One statement per request for every family asked; the kit checks the \`bookings\` grant and logs each read. */
const events = (ctx: SubgraphContext, familyId: string) => rowsByFamily(ctx, ${Name}Event, { window: 'startsAt' }).load(familyId);

@Resolver(() => Family)
export class ${Name}FamilyResolver {
  @FieldResolver(() => [AgendaItem], { nullable: true })
  async ${agendaField}(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> {
    return (await events(ctx, family.id)).map(agendaItem);
  }

  @FieldResolver(() => [${Name}Event])
  ${camel}Events(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<${Name}Event[]> {
    return events(ctx, family.id);
  }
}
`,
    [`migrations/${stamp}-Initial.ts`]: `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial${stamp} implements MigrationInterface {
  name = 'Initial${stamp}';

  async up(q: QueryRunner): Promise<void> {
    // The kit's access log, which every subgraph keeps in its own database.
    await q.query(
      \`CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))\`,
    );
    await q.query(\`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") \`);
    await q.query(
      \`CREATE TABLE "${table}" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "title" character varying(80) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "placeName" character varying(120) NOT NULL, "version" integer NOT NULL, CONSTRAINT "${pk}" PRIMARY KEY ("id"))\`,
    );
    // The timeline's lookup: a family's events in the agenda window.
    await q.query(\`CREATE INDEX "${index}" ON "${table}"  ("familyId", "startsAt") \`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(\`DROP INDEX "${index}"\`);
    await q.query(\`DROP TABLE "${table}"\`);
    await q.query(\`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"\`);
    await q.query(\`DROP TABLE "access_log"\`);
  }
}
`,
    'migrations/index.ts': `import { Initial${stamp} } from './${stamp}-Initial';

export const migrations = [Initial${stamp}];
`,
    'seed.ts': `import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AgendaStatus, demoMunicipality, helsinkiInstant, insertInChunks } from '@rinnalla/subgraph-kit';
import { ${Name}Event } from './event/family-event.entity';

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) => new Date(Date.parse(\`\${date}T00:00:00Z\`) + days * DAY).toISOString().slice(0, 10);
const stableId = (key: string) => createHash('sha256').update(\`${name}:\${key}\`).digest('hex').replace(/^(.{8})(.{4}).(.{3}).(.{3})(.{12}).*$/, '$1-$2-4$3-8$4-$5');

/** Demo data (fictitious): the first ten demo families have a weekly event, last week's and the next two. */
export function demoEvents(demo = demoMunicipality()): Array<Omit<${Name}Event, 'version'>> {
  return demo.families.slice(0, 10).flatMap((family) =>
    [-1, 0, 1].map((week) => {
      const date = addDays(demo.anchor, week * 7 + 3);
      const startsAt = helsinkiInstant(date, '16:00');
      return {
        id: stableId(\`\${family.id}:\${date}\`),
        familyId: family.id,
        title: 'Weekly event',
        startsAt,
        endsAt: helsinkiInstant(date, '17:00'),
        status: startsAt < new Date() ? AgendaStatus.FULFILLED : AgendaStatus.BOOKED,
        placeName: '${name}',
      };
    }),
  );
}

export async function seed${Name}(db: DataSource): Promise<void> {
  if ((await db.getRepository(${Name}Event).count()) > 0) return;
  await db.transaction((tx) => insertInChunks(tx, ${Name}Event, demoEvents()));
}
`,
    'subgraph.ts': `import { accessLogResolver, familyKeyReference, type SubgraphDefinition } from '@rinnalla/subgraph-kit';
import { ${Name}Event } from './event/family-event.entity';
import { ${Name}FamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seed${Name} } from './seed';

export const ${camel}: SubgraphDefinition = {
  name: '${name}',
  entities: [${Name}Event],
  migrations,
  resolvers: [${Name}FamilyResolver, accessLogResolver('${name}', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seed${Name},
};
`,
    'main.ts': `import { runSubgraph } from '@rinnalla/subgraph-kit';
import { ${camel} } from './subgraph';

runSubgraph(${camel});
`,
  };
}

/** The registry entry, appended to the registry file: the next free port, its agenda source and its part of the access log. */
export function registryEntry({ name, owner, dir }: NewSubgraph, port: number): string {
  const yamlText = (s: string) => JSON.stringify(s);
  return `
  ${name}:
    routing_url: http://127.0.0.1:${port}/graphql
    schema: { file: schema/${name}.graphql }
    owner: ${yamlText(owner)}
    main: ${dir}/main.ts
    definition: ${dir}/subgraph.ts
    access_log: true
    agenda_source: { value: ${upper(name)}, description: ${yamlText(`Events booked at ${name}.`)} }
`;
}

/** Writes the subgraph and its registry entry; refuses a name or folder already taken. Returns the files written. */
export function newSubgraph(opts: NewSubgraph, stamp = Date.now()): string[] {
  const current = readRegistry(opts.registry);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(opts.name)) throw new Error(`"${opts.name}" must be lower-case words joined by "-", e.g. story-time`);
  if (current.subgraphs.some((s) => s.name === opts.name)) throw new Error(`${opts.name} is already registered in ${opts.registry}`);
  const target = path.join(projectRoot(), opts.dir);
  if (fs.existsSync(target)) throw new Error(`${opts.dir} exists already`);
  const port = Math.max(current.gatewayPort, ...current.subgraphs.map((s) => s.port)) + 1;
  const written: string[] = [];
  for (const [file, text] of Object.entries(templateFiles(opts.name, stamp))) {
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.writeFileSync(path.join(target, file), text);
    written.push(path.join(opts.dir, file));
  }
  fs.appendFileSync(opts.registry, registryEntry(opts, port));
  readRegistry(opts.registry); // the entry must read back cleanly
  return written;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const owner = option('--owner');
  const dir = option('--dir');
  const [name] = args;
  if (!name) {
    console.error('usage: npm run new-subgraph -- <name> [--owner "<organisation>"] [--dir partners/<name>]');
    process.exit(2);
  }
  try {
    const registry = registryFile();
    const files = newSubgraph({ name, owner: owner ?? `${name} (name the organisation that answers for its data)`, dir: dir ?? `partners/${name}`, registry });
    // In the project's style; the template is correct without it.
    spawnSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', '--log-level', 'warn', ...files], {
      cwd: projectRoot(),
      stdio: 'inherit',
    });
    console.log(`wrote ${files.length} files under ${dir ?? `partners/${name}`} and registered ${name} in ${path.relative(process.cwd(), registry)}.
Next: npm run compose && npm run compose:docker && npm run codegen; add a line to schema/CHANGELOG.md; npm start.
See docs/partners.md for the categories, passports and what the municipality approves.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
