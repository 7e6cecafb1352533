import type { FastifyRequest } from 'fastify';

import { actingAs, type Identity } from '@ntm/auth';

import { requestActorMetadata } from './request-principal';

describe('actor metadata of a request', () => {
  const identity: Identity = {
    userId: 'can-bo-quan-ha',
    name: 'Triệu Thị Hà',
    grants: [{ role: 'commune-officer', unit: '02005' }],
  };

  it('comes from the verified principal; actor fields the client sends are ignored', () => {
    const request = {
      id: 'req-42',
      ip: '203.0.113.7',
      principal: actingAs(identity, identity.grants[0]),
      headers: { 'x-actor': 'chu-tich-bac-kan', 'x-forwarded-for': '10.0.0.1' },
      body: { actor: 'chu-tich-bac-kan', role: 'approver', unit: '06', onBehalfOf: 'someone' },
    } as unknown as FastifyRequest;
    expect(requestActorMetadata(request)).toEqual({
      actor: 'can-bo-quan-ha',
      role: 'commune-officer',
      unit: '02005',
      clientAddress: '203.0.113.7',
      correlationId: 'req-42',
    });
  });

  it('is refused on a route that has no principal (not declared with @Authorize)', () => {
    expect(() => requestActorMetadata({ id: 'r', ip: '::1' } as FastifyRequest)).toThrow(/@Authorize/);
  });
});
