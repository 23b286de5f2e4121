import { GraphQLError } from 'graphql';
import { callFailure, unavailableEntities } from './degrade';

describe('answering for an unreachable subgraph', () => {
  it('returns each representation with the requested fields as null', () => {
    const query =
      'query($representations:[_Any!]!){_entities(representations:$representations){...on Family{__typename clinicAgenda{id} alias:clinicAppointments{id}}}}';
    const reps = [
      { __typename: 'Family', id: 'a' },
      { __typename: 'Family', id: 'b' },
    ];
    expect(unavailableEntities(query, { representations: reps })).toEqual([
      { __typename: 'Family', clinicAgenda: null, alias: null },
      { __typename: 'Family', clinicAgenda: null, alias: null },
    ]);
  });

  it('leaves root-field fetches alone: there is nothing to fill in', () => {
    expect(unavailableEntities('{ myFamilies { id } }', {})).toBeUndefined();
  });
});

describe('telling a subgraph that is away from one that answered with an error', () => {
  const answered = (status: number, body: unknown) => new GraphQLError(`${status}: x`, { extensions: { response: { status, body } } });

  it('counts a refused connection, a deadline and a proxy saying the subgraph is away as unreachable', () => {
    expect(callFailure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))).toEqual({ kind: 'unreachable' });
    expect(callFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4006'), { code: 'ECONNREFUSED' }))).toEqual({ kind: 'unreachable' });
    expect(callFailure(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toEqual({ kind: 'timeout' });
    expect(callFailure(answered(503, 'Service Unavailable'))).toEqual({ kind: 'unreachable', status: 503 });
  });

  it('keeps the errors of a subgraph that answered with an error status, and calls anything else a bad response', () => {
    const errors = [{ message: 'id must be a UUID.', extensions: { code: 'BAD_USER_INPUT' } }];
    expect(callFailure(answered(400, { errors }))).toEqual({ kind: 'error-status', status: 400, errors });
    expect(callFailure(answered(500, 'oops'))).toEqual({ kind: 'error-status', status: 500, errors: undefined });
    expect(callFailure(new Error('Expected JSON response body, but received: <html>'))).toEqual({ kind: 'bad-response' });
    expect(callFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toEqual({ kind: 'bad-response' });
  });
});
