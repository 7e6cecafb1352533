import { actorMetadata } from './event-metadata';
import { actingAs, type Identity } from './principal';

describe('actor metadata', () => {
  const identity: Identity = {
    userId: 'thu-ky',
    name: 'Thư ký',
    grants: [{ role: 'council-secretary', unit: '06' }],
    onBehalfOf: 'chu-tich',
  };

  it('comes from the principal and the request origin', () => {
    const principal = actingAs(identity, identity.grants[0]);
    expect(actorMetadata(principal, { requestId: 'req-1', clientAddress: '10.0.0.1' })).toEqual({
      actor: 'thu-ky',
      role: 'council-secretary',
      unit: '06',
      onBehalfOf: 'chu-tich',
      clientAddress: '10.0.0.1',
      correlationId: 'req-1',
    });
  });
});
