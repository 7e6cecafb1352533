import { type AccessRequest, decideAccess } from './grants';
import type { Identity } from './principal';
import { loadAdministrativeUnits } from '@ntm/units';

const units = loadAdministrativeUnits();
const read = (request: Partial<AccessRequest>): AccessRequest => ({ roles: [], write: false, ...request });

const officer: Identity = { userId: 'a', name: 'A', grants: [{ role: 'commune-officer', unit: '02005' }] };
const appraiser: Identity = {
  userId: 'b',
  name: 'B',
  grants: [{ role: 'department-appraiser', unit: '06', department: 'SXD' }],
};
const twoHats: Identity = {
  userId: 'c',
  name: 'C',
  grants: [
    { role: 'council-secretary', unit: '06' },
    { role: 'council-member', unit: '06' },
  ],
};
const auditor: Identity = { userId: 'd', name: 'D', grants: [{ role: 'auditor', unit: '06' }] };

describe('grant matching', () => {
  it('grants the matching role when the target unit is within the grant', () => {
    expect(decideAccess(officer, read({ roles: ['commune-officer'], unit: '02005-01' }), units)).toEqual({
      outcome: 'granted',
      grant: officer.grants[0],
    });
  });

  it('a caller without any of the roles is forbidden, wherever the target is', () => {
    expect(decideAccess(officer, read({ roles: ['approver'], unit: '02005' }), units).outcome).toBe('forbidden');
    expect(decideAccess(officer, read({ roles: ['approver'], unit: '25342' }), units).outcome).toBe('forbidden');
  });

  it('a target outside the jurisdiction is out of scope (answered as not found)', () => {
    expect(decideAccess(officer, read({ roles: ['commune-officer'], unit: '02008' }), units).outcome).toBe(
      'out-of-scope',
    );
  });

  it('an appraiser acts only on criteria assigned to their own department of their own province', () => {
    const request = read({ roles: ['department-appraiser'], unit: '02005', write: true });
    expect(decideAccess(appraiser, { ...request, department: 'SXD' }, units).outcome).toBe('granted');
    expect(decideAccess(appraiser, { ...request, department: 'SGTVT' }, units).outcome).toBe('forbidden');
    expect(decideAccess(appraiser, { ...request, unit: '25342', department: 'SXD' }, units).outcome).toBe(
      'out-of-scope',
    );
  });

  it('a criterion pinned to a retired body is also appraised by the body doing its work today, at that province only', () => {
    // Xã Tân Hiệp (25361) of Bình Phước, now in Đồng Nai (75): criterion 3 was pinned to Sở NN&PTNT in 2025.
    const request = read({ roles: ['department-appraiser'], unit: '25361', write: true, department: 'SNNPTNT' });
    const routed = { ...request, routedTo: { unit: '75', department: 'SNNMT' } };
    const at = (unit: string, department: string): Identity => ({
      userId: 'e',
      name: 'E',
      grants: [{ role: 'department-appraiser', unit, department }],
    });
    expect(decideAccess(at('75', 'SNNMT'), routed, units).outcome).toBe('granted');
    expect(decideAccess(at('75', 'SNNMT'), request, units).outcome).toBe('forbidden');
    expect(decideAccess(at('75', 'SXD'), routed, units).outcome).toBe('forbidden');
    expect(decideAccess(at('70', 'SNNMT'), routed, units).outcome).toBe('forbidden');
    expect(decideAccess(at('70', 'SNNPTNT'), routed, units).outcome).toBe('granted');
  });

  it('auditors read but never write', () => {
    expect(decideAccess(auditor, read({ roles: ['auditor'], unit: '02005' }), units).outcome).toBe('granted');
    expect(decideAccess(auditor, read({ roles: ['auditor'], unit: '02005', write: true }), units).outcome).toBe(
      'forbidden',
    );
  });

  it('several fitting grants need X-Acting-Role; the header picks one the user holds', () => {
    const request = read({ roles: ['council-member', 'council-secretary'], unit: '02005' });
    expect(decideAccess(twoHats, request, units)).toEqual({
      outcome: 'ambiguous',
      candidates: ['council-secretary@06', 'council-member@06'],
    });
    expect(decideAccess(twoHats, { ...request, acting: 'council-member@06' }, units)).toMatchObject({
      outcome: 'granted',
      grant: { role: 'council-member' },
    });
  });

  it('one person appraising for two departments: the criterion picks the department, X-Acting-Role may name it, a route about no department is not ambiguous', () => {
    const twoDepartments: Identity = {
      userId: 'e',
      name: 'E',
      grants: [
        { role: 'department-appraiser', unit: '19', department: 'SXD' },
        { role: 'department-appraiser', unit: '19', department: 'SGTVT' },
      ],
    };
    const request = read({ roles: ['department-appraiser'], unit: '02008', write: true });
    expect(decideAccess(twoDepartments, { ...request, department: 'SGTVT' }, units)).toMatchObject({
      outcome: 'granted',
      grant: { department: 'SGTVT' },
    });
    const acting = { ...request, department: 'SGTVT', acting: 'department-appraiser@19/SGTVT' };
    expect(decideAccess(twoDepartments, acting, units).outcome).toBe('granted');
    expect(decideAccess(twoDepartments, { ...acting, acting: 'department-appraiser@19/SXD' }, units).outcome).toBe(
      'forbidden',
    );
    expect(decideAccess(twoDepartments, { ...acting, acting: 'department-appraiser@19' }, units).outcome).toBe(
      'granted',
    );
    expect(decideAccess(twoDepartments, read({ roles: ['department-appraiser'] }), units).outcome).toBe('granted');
  });

  it('an acting role the user does not hold, or the route does not allow, is forbidden', () => {
    const request = read({ roles: ['council-member'], unit: '02005' });
    expect(decideAccess(twoHats, { ...request, acting: 'approver@06' }, units).outcome).toBe('forbidden');
    expect(decideAccess(twoHats, { ...request, acting: 'council-secretary@06' }, units).outcome).toBe('forbidden');
  });

  it('routes without jurisdiction match on role alone', () => {
    expect(decideAccess(twoHats, read({ roles: ['council-member'] }), units).outcome).toBe('granted');
  });
});
