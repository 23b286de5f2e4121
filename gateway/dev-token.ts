import { SignJWT } from 'jose';
import { demoMunicipality, type DemoUserRole } from '../demo/municipality';
import { DEV_AUDIENCE, DEV_ISSUER } from './config';
import { devIssuerFiles, readPrivateKey } from './keys';

export const DEMO_ROLES = Object.keys(demoMunicipality().users) as DemoUserRole[];

/** A development token for a demo user, signed with the locally generated issuer key. */
export async function devToken(dataRoot: string, role: DemoUserRole, overrides: { sub?: string; expiresIn?: string } = {}): Promise<string> {
  const { key, kid } = await readPrivateKey(devIssuerFiles(dataRoot).privateKey);
  const user = demoMunicipality().users[role];
  return new SignJWT({ roles: [user.role] })
    .setProtectedHeader({ alg: 'ES256', kid })
    .setSubject(overrides.sub ?? user.id)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(overrides.expiresIn ?? '8h')
    .sign(key);
}
