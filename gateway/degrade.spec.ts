import { unavailableEntities } from './degrade';

describe('answering for an unreachable subgraph', () => {
  it('returns each representation with the requested fields as null', () => {
    const query = 'query($representations:[_Any!]!){_entities(representations:$representations){...on Family{__typename clinicAgenda{id} alias:clinicAppointments{id}}}}';
    const reps = [{ __typename: 'Family', id: 'a' }, { __typename: 'Family', id: 'b' }];
    expect(unavailableEntities(query, { representations: reps })).toEqual([
      { __typename: 'Family', clinicAgenda: null, alias: null },
      { __typename: 'Family', clinicAgenda: null, alias: null },
    ]);
  });

  it('leaves root-field fetches alone: there is nothing to fill in', () => {
    expect(unavailableEntities('{ myFamilies { id } }', {})).toBeUndefined();
  });
});
