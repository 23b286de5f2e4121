import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegistry, RegistryError } from './registry';

const ENTRY = (name: string, port: number, extra = '') => `  ${name}:
    routing_url: http://127.0.0.1:${port}/graphql
    schema: { file: schema/${name}.graphql }
    owner: Test
    main: subgraphs/${name}/main.ts
    definition: subgraphs/${name}/subgraph.ts
${extra}`;

function registryOf(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'registry-')), 'subgraphs.yaml');
  fs.writeFileSync(file, text);
  return file;
}

/** The error reading a registry gives: coded, naming the file and the entry. */
function refusal(text: string): string {
  const file = registryOf(text);
  try {
    readRegistry(file);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).code).toBe('REGISTRY_INVALID');
    expect((error as Error).message).toContain(path.basename(file));
    return (error as Error).message;
  }
  throw new Error('the registry was accepted');
}

describe('the subgraph registry', () => {
  it('reads the project registry: every core subgraph, its port from its routing URL, and what it contributes', () => {
    const { subgraphs, gatewayPort } = readRegistry(path.join(__dirname, '..', '..', 'subgraphs.yaml'));
    expect(gatewayPort).toBe(4000);
    expect(subgraphs.map((s) => s.name)).toEqual(
      expect.arrayContaining(['families', 'volunteers', 'housing', 'benefits', 'daycare', 'clinic', 'social-office']),
    );
    const socialOffice = subgraphs.find((s) => s.name === 'social-office')!;
    expect(socialOffice).toMatchObject({
      port: 4007,
      accessLogField: 'socialOfficeAccessLog',
      agendaSource: { value: 'SOCIAL_OFFICE', field: 'socialOfficeAgenda' },
    });
    expect(subgraphs.find((s) => s.name === 'volunteers')!.grantSource).toEqual({ roles: ['companion', 'social-host', 'volunteer-coordinator'] });
    for (const s of subgraphs) expect(fs.existsSync(path.join(__dirname, '..', '..', s.main))).toBe(true);
  });

  it('refuses an unknown key, naming the entry and the known keys', () => {
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006, '    acess_log: true\n')}`)).toMatch(
      /subgraph "clinic": unknown key "acess_log" \(known: routing_url, /,
    );
  });

  it('refuses a subgraph registered twice', () => {
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006)}${ENTRY('clinic', 4016)}`)).toMatch(/line 8: "clinic" is listed twice/);
  });

  it('refuses two subgraphs on one port, and one on the gateway port', () => {
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006)}${ENTRY('daycare', 4006)}`)).toMatch(/subgraph "daycare": port 4006 is already subgraph "clinic"'s/);
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4000)}`)).toMatch(/subgraph "clinic": port 4000 is already the gateway's/);
  });

  it('refuses an entry with a missing field', () => {
    const withoutOwner = ENTRY('clinic', 4006).replace('    owner: Test\n', '');
    expect(refusal(`subgraphs:\n${withoutOwner}`)).toMatch(/subgraph "clinic": missing `owner`/);
  });

  it('refuses an agenda source value taken by another subgraph, or not an enum value', () => {
    const agenda = (value: string) => `    agenda_source: { value: ${value}, description: Items }\n`;
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006, agenda('CLINIC'))}${ENTRY('daycare', 4005, agenda('CLINIC'))}`)).toMatch(
      /subgraph "daycare": agenda_source.value CLINIC is already subgraph "clinic"'s/,
    );
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006, agenda('clinic-visits'))}`)).toMatch(/must be an upper-case GraphQL enum value/);
  });

  it('refuses a module outside the project and a routing URL without a port', () => {
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006).replace('subgraphs/clinic/main.ts', '../elsewhere/main.ts')}`)).toMatch(
      /`main` must be a .ts path inside the project/,
    );
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006).replace('127.0.0.1:4006', 'clinic.example')}`)).toMatch(
      /routing_url must be an http\(s\) URL with an explicit port/,
    );
  });

  it('refuses a category contributed twice', () => {
    const category = '    categories: [{ name: activities, description: Activities }]\n';
    expect(refusal(`subgraphs:\n${ENTRY('clinic', 4006, category)}${ENTRY('daycare', 4005, category)}`)).toMatch(
      /subgraph "daycare": categories\[0\] name "activities" is already subgraph "clinic"'s/,
    );
  });
});
