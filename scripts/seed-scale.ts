/**
 * `npm run seed:scale -- --families 100000` (DATABASE_URL required): replaces the demo data of
 * families, volunteers, daycare, clinic and social office with a generated municipality of that
 * many families, about 20 bookings each, written set-based with INSERT … SELECT generate_series.
 * Deterministic: ids encode the row's index (`5ca1e000-<kind>-4000-8000-<index>`), so every
 * subgraph's schema names the same families. Names are fictitious combinations, HETUs in the
 * 900–999 test range with valid check characters. Housing and benefits keep their demo data.
 */
import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { demoAnchor, MUNICIPALITY } from '../demo/municipality';
import { ADULT_NAMES, GIVEN_NAMES, STREETS, SURNAMES } from '../demo/names';
import { subgraphDefinitions } from '../subgraphs';
import { dataRoot } from '../subgraphs/kit/config';
import { openDatabase } from '../subgraphs/kit/database';
import { createLogger } from '../subgraphs/kit/logger';

export const SCALE_ID_PREFIX = '5ca1e000';
const KIND = {
  family: '0001',
  person: '0002',
  companion: '0003',
  unit: '0004',
  placement: '0005',
  reservation: '0006',
  clinic: '0007',
  office: '0008',
  caseWorker: '0009',
  assignment: '000a',
  consent: '000b',
  absence: '000c',
  discussion: '000d',
  clinicVisit: '000e',
  officeVisit: '000f',
} as const;

/** A deterministic uuid for row `index` of a kind, as SQL. */
const id = (kind: keyof typeof KIND, index: string) => `('${SCALE_ID_PREFIX}-${KIND[kind]}-4000-8000-' || lpad(to_hex((${index})::bigint), 12, '0'))::uuid`;
/** A deterministic pseudo-random integer in [0, n) for a row, as SQL (multiplicative hashing). */
const pick = (index: string, salt: number, n: number) => `(((${index})::bigint * 2654435761 + ${salt * 40503}) % 1000003 % ${n})::int`;
const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;
const choose = (values: readonly string[], index: string, salt: number) => `(${list(values)})[1 + ${pick(index, salt, values.length)}]`;
/** A weekday on or after a date: bookings are not laid on weekends. */
const weekday = (date: string) => `(${date} + CASE extract(isodow FROM ${date}) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)`;
const helsinki = (date: string, hour: string, minute: string) => `((${date})::date + make_time(${hour}, ${minute}, 0)) AT TIME ZONE 'Europe/Helsinki'`;
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** A HETU in the test range for person number `n` of a birth-date span; unique for every n below days × 100 × 6. */
function hetu(n: string, firstDay: string, days: number, signs: string, dayOrder = 1): string {
  const birth = `(date '${firstDay}' + ((${n}) % ${days}) * ${dayOrder} % ${days})`;
  const digits = `to_char(${birth}, 'DDMMYY') || (900 + (${n}) / ${days} % 100)::text`;
  return `to_char(${birth}, 'DDMMYY') || substr('${signs}', 1 + ((${n}) / ${days * 100} % 6)::int, 1) || (900 + (${n}) / ${days} % 100)::text || substr('${CHECK_CHARACTERS}', 1 + ((${digits})::bigint % 31)::int, 1)`;
}
const CHILD_FIRST_DAY = '2014-01-01';
const CHILD_DAYS = 4383; // 2014–2025
const CHILD_DAY_ORDER = 7919; // a prime: spreads siblings' birthdays over the span, one-to-one
const childBirth = (n: string) => `(date '${CHILD_FIRST_DAY}' + ((${n}) % ${CHILD_DAYS}) * ${CHILD_DAY_ORDER} % ${CHILD_DAYS})`;
const surname = (i: string) => choose(SURNAMES, i, 1);

/** Every family i; guardians g (60 % have two); children c (one to three). */
const families = (count: number) => `generate_series(0, ${count - 1}) AS i`;
const guardians = (count: number) => `${families(count)} CROSS JOIN generate_series(0, 1) AS g WHERE g = 0 OR ${pick('i', 4, 10)} < 6`;
const children = (count: number) => `${families(count)} CROSS JOIN generate_series(0, 2) AS c WHERE c <= ${pick('i', 7, 3)}`;

function statements(count: number, anchor: string): Record<string, string[]> {
  const a = `date '${anchor}'`;
  const status = (date: string, salt: number, index: string) =>
    `CASE WHEN ${date} < ${a} THEN ${choose(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'noshow', 'cancelled'], index, salt)} ELSE ${choose(['booked', 'booked', 'booked', 'booked', 'booked', 'cancelled', 'proposed'], index, salt + 1)} END`;
  // Children in daycare: between ten months and six years old, 85 % of them placed.
  const placedWith = (join: string) => `(SELECT i, c, i * 3 + c AS n, ${childBirth('i * 3 + c')} AS birth FROM ${children(count)}) kids ${join}
    WHERE birth BETWEEN ${a} - interval '6 years' AND ${a} - interval '10 months' AND ${pick('n', 8, 100)} < 85`;
  const placed = placedWith('');
  // Reservations on the weekdays of six weeks around the anchor, as the demo does.
  const reservationDays = `${placedWith('CROSS JOIN generate_series(-28, 13) AS d')} AND extract(isodow FROM ${a} + d) < 6`;
  const unit = (n: string) => id('unit', pick(n, 10, 6));
  // CASCADE: rows of the demo's other tables that point at these (hours, sign-ups, meetings) go with them.
  return {
    families: [
      'TRUNCATE family, person, access_log CASCADE',
      `INSERT INTO family (id, "displayName", address, version)
       SELECT ${id('family', 'i')}, ${surname('i')} || ' family', ${choose(STREETS, 'i', 2)} || ' ' || (1 + ${pick('i', 3, 60)}) || ', ${MUNICIPALITY}', 1 FROM ${families(count)}`,
      `INSERT INTO person (id, "familyId", role, "firstName", "lastName", hetu, phone, email)
       SELECT ${id('person', 'i * 8 + g')}, ${id('family', 'i')}, 'GUARDIAN', first, ${surname('i')}, ${hetu('i * 2 + g', '1975-01-01', 8766, '-YXWVU')},
              '+35840' || (1000000 + ${pick('i * 8 + g', 5, 8999999)}), translate(lower(first || '.' || ${surname('i')}), 'äöå', 'aoa') || '.' || i || '@example.fi'
       FROM (SELECT i, g, ${choose(ADULT_NAMES, 'i * 8 + g', 6)} AS first FROM ${guardians(count)}) guardian`,
      `INSERT INTO person (id, "familyId", role, "firstName", "lastName", hetu)
       SELECT ${id('person', 'i * 8 + 2 + c')}, ${id('family', 'i')}, 'CHILD', ${choose(GIVEN_NAMES, 'i * 8 + 2 + c', 9)}, ${surname('i')}, ${hetu('i * 3 + c', CHILD_FIRST_DAY, CHILD_DAYS, 'ABCDEF', CHILD_DAY_ORDER)}
       FROM ${children(count)}`,
    ],
    volunteers: [
      'TRUNCATE companion, companion_assignment, consent, host_group_member, host_group, social_host, access_log CASCADE',
      // One companion for every ten families, walking alongside one to three of them, with consent to bookings and contact.
      `INSERT INTO companion (id, "firstName", "lastName", phone, organisation)
       SELECT ${id('companion', 'k')}, ${choose(ADULT_NAMES, 'k', 11)}, ${choose(SURNAMES, 'k', 12)}, '+35850' || (1000000 + ${pick('k', 13, 8999999)}),
              ${choose(['Rinnala Family Association', 'Rinnala Parish Diaconia', 'Rinnala Red Cross Branch'], 'k', 14)}
       FROM generate_series(0, ${Math.max(1, Math.floor(count / 10)) - 1}) AS k`,
      `INSERT INTO companion_assignment (id, "companionId", "familyId", "startsOn", "endsOn")
       SELECT ${id('assignment', 'k * 4 + j')}, ${id('companion', 'k')}, ${id('family', 'k * 10 + j')}, ${a} - (30 + ${pick('k', 15, 170)}), NULL
       FROM generate_series(0, ${Math.max(1, Math.floor(count / 10)) - 1}) AS k CROSS JOIN generate_series(0, 2) AS j WHERE j <= ${pick('k', 16, 3)} AND k * 10 + j < ${count}`,
      `INSERT INTO consent (id, "familyId", "companionId", "grantedBy", scopes, "validUntil", "revokedAt", version)
       SELECT ${id('consent', 'k * 4 + j')}, ${id('family', 'k * 10 + j')}, ${id('companion', 'k')}, ${id('person', '(k * 10 + j) * 8')}, '{bookings,contact}', ${a} + 365, NULL, 1
       FROM generate_series(0, ${Math.max(1, Math.floor(count / 10)) - 1}) AS k CROSS JOIN generate_series(0, 2) AS j WHERE j <= ${pick('k', 16, 3)} AND k * 10 + j < ${count}`,
    ],
    daycare: [
      'TRUNCATE attendance_reservation, absence, discussion_time, placement, daycare_unit, access_log CASCADE',
      `INSERT INTO daycare_unit (id, name, address)
       SELECT ${id('unit', 'u')}, 'Päiväkoti ' || (${list(['Satakieli', 'Kielo', 'Metsätähti', 'Mustikka', 'Peikkometsä', 'Tuulenpesä'])})[u + 1], ${choose(STREETS, 'u', 17)} || ' ' || (1 + u * 5) || ', ${MUNICIPALITY}'
       FROM generate_series(0, 5) AS u`,
      `INSERT INTO placement (id, "familyId", "childId", "unitId", type, "startsOn", "endsOn")
       SELECT ${id('placement', 'n')}, ${id('family', 'i')}, ${id('person', 'i * 8 + 2 + c')}, ${unit('n')},
              CASE WHEN birth < ${a} - interval '5 years' THEN 'PRESCHOOL_DAYCARE' ELSE 'DAYCARE' END, ${a} - (60 + ${pick('n', 18, 340)}), ${a} + 365
       FROM ${placed}`,
      `INSERT INTO attendance_reservation (id, "familyId", "childId", "unitId", date, "startTime", "endTime")
       SELECT ${id('reservation', 'n * 64 + d + 28')}, ${id('family', 'i')}, ${id('person', 'i * 8 + 2 + c')}, ${unit('n')}, ${a} + d,
              ${choose(['07:30', '08:00', '08:30'], 'n', 19)}, ${choose(['15:30', '16:00', '16:30'], 'n', 20)}
       FROM ${reservationDays}`,
      `INSERT INTO absence (id, "familyId", "childId", date, type)
       SELECT ${id('absence', 'n * 64 + d + 28')}, ${id('family', 'i')}, ${id('person', 'i * 8 + 2 + c')}, ${a} + d, ${choose(['SICKLEAVE', 'PLANNED_ABSENCE', 'OTHER_ABSENCE'], 'n * 64 + d', 21)}
       FROM ${reservationDays} AND ${pick('n * 64 + d + 28', 22, 100)} < 6`,
      `INSERT INTO discussion_time (id, "familyId", "childId", "unitId", topic, "startsAt", "endsAt", status, version)
       SELECT ${id('discussion', 'n')}, ${id('family', 'i')}, ${id('person', 'i * 8 + 2 + c')}, ${unit('n')}, ${choose(['Early education plan', 'Transition to preschool', 'Support discussion'], 'n', 23)},
              ${helsinki('day', `8 + ${pick('n', 24, 8)}`, '0')}, ${helsinki('day', `8 + ${pick('n', 24, 8)}`, '45')}, ${status('day', 25, 'n')}, 1
       FROM (SELECT i, c, n, ${weekday(`${a} + (ARRAY[-8, -3, 2, 9, 16, 23])[1 + ${pick('n', 26, 6)}]`)} AS day FROM ${placed} AND ${pick('n', 27, 10)} < 4) talk`,
    ],
    clinic: [
      'TRUNCATE clinic_appointment, clinic, access_log CASCADE',
      `INSERT INTO clinic (id, name, address)
       SELECT ${id('clinic', 'u')}, (${list(['Keskusta', 'Itäinen', 'Läntinen'])})[u + 1] || ' child health clinic', ${choose(STREETS, 'u', 28)} || ' ' || (3 + u * 7) || ', ${MUNICIPALITY}'
       FROM generate_series(0, 2) AS u`,
      // 70 % of families, one to three visits each, spread over the last ten months and the next two.
      `INSERT INTO clinic_appointment (id, "familyId", "personId", "clinicId", "serviceType", "startsAt", "endsAt", status, version)
       SELECT ${id('clinicVisit', 'i * 4 + v')}, ${id('family', 'i')}, ${id('person', 'i * 8 + 2')}, ${id('clinic', pick('i', 29, 3))},
              ${choose(['Health check-up', 'Vaccination', 'Hearing and vision check', 'Dental check-up', 'Family health visit'], 'i * 4 + v', 30)},
              ${helsinki('day', `8 + ${pick('i * 4 + v', 31, 8)}`, `15 * ${pick('i * 4 + v', 32, 4)}`)}, ${helsinki('day', `8 + ${pick('i * 4 + v', 31, 8)}`, `15 * ${pick('i * 4 + v', 32, 4)}`)} + interval '45 minutes',
              ${status('day', 33, 'i * 4 + v')}, 1
       FROM (SELECT i, v, ${weekday(`${a} + (${pick('i * 4 + v', 34, 360)} - 300)`)} AS day FROM ${families(count)} CROSS JOIN generate_series(0, 2) AS v
             WHERE ${pick('i', 35, 10)} < 7 AND v <= ${pick('i', 36, 3)}) visit`,
    ],
    'social-office': [
      'TRUNCATE social_office_appointment, social_office, case_worker, access_log CASCADE',
      `INSERT INTO social_office (id, name, address)
       SELECT ${id('office', 'u')}, (${list(['Central', 'North'])})[u + 1] || ' social office', ${choose(STREETS, 'u', 37)} || ' ' || (2 + u * 9) || ', ${MUNICIPALITY}'
       FROM generate_series(0, 1) AS u`,
      `INSERT INTO case_worker (id, "firstName", "lastName", title)
       SELECT ${id('caseWorker', 'w')}, ${choose(ADULT_NAMES, 'w', 38)}, ${choose(SURNAMES, 'w', 39)}, ${choose(['Social worker', 'Family worker', 'Social counsellor'], 'w', 40)}
       FROM generate_series(0, 7) AS w`,
      // 35 % of families, one to four meetings each, over the same span as the clinic's.
      `INSERT INTO social_office_appointment (id, "familyId", "officeId", "caseWorkerId", purpose, "startsAt", "endsAt", status, version)
       SELECT ${id('officeVisit', 'i * 4 + v')}, ${id('family', 'i')}, ${id('office', pick('i', 41, 2))}, ${id('caseWorker', pick('i', 42, 8))},
              ${choose(['Service need assessment', 'Service plan meeting', 'Benefit guidance', 'Follow-up meeting'], 'i * 4 + v', 43)},
              ${helsinki('day', `8 + ${pick('i * 4 + v', 44, 8)}`, `15 * ${pick('i * 4 + v', 45, 4)}`)}, ${helsinki('day', `8 + ${pick('i * 4 + v', 44, 8)}`, `15 * ${pick('i * 4 + v', 45, 4)}`)} + interval '60 minutes',
              ${status('day', 46, 'i * 4 + v')}, 1
       FROM (SELECT i, v, ${weekday(`${a} + (${pick('i * 4 + v', 47, 360)} - 300)`)} AS day FROM ${families(count)} CROSS JOIN generate_series(0, 3) AS v
             WHERE ${pick('i', 48, 100)} < 35 AND v <= ${pick('i', 49, 4)}) meeting`,
    ],
  };
}

/** `count` of the generated companions, spread evenly over all of them, for the benchmark's rotation. */
export async function scaleCompanionIds(databaseUrl: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM volunteers.companion WHERE id::text LIKE $1) c
       WHERE (n - 1) % GREATEST(1, total / $2) = 0 ORDER BY id LIMIT $2`,
      [`${SCALE_ID_PREFIX}-${KIND.companion}-%`, count],
    );
    if (rows.length === 0) throw new Error('no generated companions: run "npm run seed:scale -- --families 1000" first');
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

export async function scaleFamilyCount(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM families.family');
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL: the scale data set is for PostgreSQL.');
  const flag = process.argv.indexOf('--families');
  const count = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
  if (!Number.isInteger(count) || count < 10 || count > 2_000_000) throw new Error('--families takes a whole number from 10 to 2000000.');
  const anchor = demoAnchor();
  const log = createLogger('seed-scale');
  const sql = statements(count, anchor);
  for (const def of subgraphDefinitions().filter((d) => d.name in sql)) {
    const started = Date.now();
    // Opening the database runs the subgraph's migrations, so the tables are those the code expects.
    const db = await openDatabase({
      service: def.name,
      databaseUrl,
      dataDir: path.join(dataRoot(), def.name),
      entities: def.entities,
      migrations: def.migrations,
      log,
    });
    try {
      await db.transaction(async (tx) => {
        for (const statement of sql[def.name]) await tx.query(statement);
      });
      await db.query('ANALYZE');
      const { rows } = {
        rows: await db.query(
          `SELECT relname AS table, n_live_tup AS rows FROM pg_stat_user_tables WHERE schemaname = current_schema() AND n_live_tup > 0 ORDER BY relname`,
        ),
      };
      console.log(
        `${def.name.padEnd(14)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s   ${rows.map((r: { table: string; rows: string }) => `${r.table} ${r.rows}`).join(', ')}`,
      );
    } finally {
      await db.destroy();
    }
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`seed:scale failed: ${error.message}`);
    process.exit(1);
  });
}
