/**
 * Who may see and do what, as pure rules: party or region office for reading, the awaited role
 * and organisation for deciding, the filing unit for its own acts, supervisors' regions.
 */
import { describe, expect, it } from 'vitest';
import { canSee, isAdmin, matterScope, supervisedRegions, taskScopes } from '../../auth/access';
import { decidingActor, unitActor } from '../../schemas/principal';
import { seedPrincipal } from '../../directory/seed';
import type { WaitingFor } from '../../schemas/matter';
import type { Principal } from '../../schemas/principal';

const as = (login: string): Principal => seedPrincipal(login)!;
const hospital = '12640300MB00012348';
const wzMatter = { parties: [hospital, '11640300MB0000456P'], region: '640300' };
const transferMatter = { parties: ['12640300MB0002101D', '11640300MB0000312H', '12640302MB0003105X', '11640302MB0000218B'], region: '640300' };
const atCompetent: WaitingFor = { step: 'competent', title: '主管部门审核', role: 'competent-reviewer', organisations: ['11640300MB0000312H', '11640302MB0000218B'] };

describe('seeing a matter', () => {
  it('lets its parties and its region’s offices see it, and no one else', () => {
    for (const login of ['wz.hospital.clerk', 'wz.health.reviewer', 'wz.hall.officer', 'wz.division.clerk', 'wz.pension.officer', 'wz.supervisor']) {
      expect(canSee(as(login), wzMatter), login).toBe(true);
    }
    for (const login of ['wz.school.clerk', 'wz.education.reviewer', 'qz.hall.officer', 'qz.supervisor', 'admin']) {
      expect(canSee(as(login), wzMatter), login).toBe(false);
    }
  });

  it('lets a transfer’s releasing unit and its competent department see it too', () => {
    expect(canSee(as('lt.education.reviewer'), transferMatter)).toBe(true);
    expect(canSee(as('wz.school.clerk'), transferMatter)).toBe(true);
  });

  it('scopes lists by party organisations and by the regions an office serves', () => {
    expect(matterScope(as('wz.health.reviewer'))).toEqual({ parties: ['11640300MB0000456P'], regions: [] });
    expect(matterScope(as('qz.hall.officer'))).toEqual({ parties: [], regions: ['640000'] });
    expect(matterScope(as('admin'))).toEqual({ parties: ['platform'], regions: [] });
  });
});

describe('deciding a step', () => {
  it('takes the first awaited organisation the caller holds the role in, or the one it names', () => {
    expect(decidingActor(as('lt.education.reviewer'), atCompetent)).toEqual({
      actor: { id: 'lt.education.reviewer', role: 'competent-reviewer', organisation: '11640302MB0000218B' },
    });
    expect(decidingActor(as('demo.operator'), atCompetent, '11640302MB0000218B')).toMatchObject({ actor: { organisation: '11640302MB0000218B' } });
    expect(decidingActor(as('demo.operator'), atCompetent)).toMatchObject({ actor: { organisation: '11640300MB0000312H' } });
  });

  it('refuses another role, another organisation, or one not awaited', () => {
    expect(decidingActor(as('wz.hall.officer'), atCompetent)).toHaveProperty('refusal');
    expect(decidingActor(as('wz.health.reviewer'), atCompetent)).toHaveProperty('refusal');
    expect(decidingActor(as('lt.education.reviewer'), atCompetent, '11640300MB0000312H')).toHaveProperty('refusal');
  });
});

describe('the unit’s own acts and the other roles', () => {
  it('lets only a clerk of the filing unit act as the unit, person or service account', () => {
    expect(unitActor(as('wz.hospital.clerk'), hospital)).toEqual({ id: 'wz.hospital.clerk', role: 'unit-clerk', organisation: hospital });
    expect(unitActor(as('svc.wz-hospital-hr'), hospital)).toMatchObject({ id: 'svc.wz-hospital-hr' });
    expect(unitActor(as('wz.school.clerk'), hospital)).toBeUndefined();
    expect(unitActor(as('wz.health.reviewer'), hospital)).toBeUndefined();
  });

  it('knows supervisors by region, administrators, and the inbox scopes of every membership', () => {
    // A prefecture's supervisors watch its counties; 区直's watch 区直.
    expect(supervisedRegions(as('wz.supervisor'))).toEqual(['640300', '640302', '640303', '640323', '640324', '640381']);
    expect(supervisedRegions(as('qz.supervisor'))).toEqual(['640000']);
    expect(supervisedRegions(as('wz.hall.officer'))).toEqual([]);
    expect(isAdmin(as('admin'))).toBe(true);
    expect(isAdmin(as('wz.supervisor'))).toBe(false);
    expect(taskScopes(as('demo.operator'))).toContainEqual({ organisation: 'hall-640300', role: 'hall-officer' });
    expect(taskScopes(as('wz.hall.officer'))).toEqual([{ organisation: 'hall-640300', role: 'hall-officer' }]);
  });
});
