import type { GraphQLError } from 'graphql';
import { Viewer } from './viewer';

const consent = { family: 'f1', categories: ['contact' as const], basis: 'consent' as const, ref: 'c1' };
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  return undefined;
};

describe('a viewer whose grant source was down', () => {
  const viewer = new Viewer({ sub: 'c', roles: ['companion'], grants: [consent], unavailable: ['volunteers'] });

  it('gets SERVICE_UNAVAILABLE naming the source instead of an empty list of families', () => {
    expect(codeOf(() => viewer.linkedFamilies)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'volunteers' });
  });

  it('gets SERVICE_UNAVAILABLE instead of a denial, but keeps the grants it has', () => {
    expect(viewer.grantFor('f1', 'contact')).toEqual(consent);
    expect(codeOf(() => viewer.grantFor('f1', 'bookings'))).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(codeOf(() => viewer.knows('f2'))).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('is denied as usual when every source answered (the control case)', () => {
    const whole = new Viewer({ sub: 'c', roles: ['companion'], grants: [consent] });
    expect(whole.grantFor('f1', 'bookings')).toBeUndefined();
    expect(whole.linkedFamilies).toEqual(['f1']);
  });
});
