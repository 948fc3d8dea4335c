/**
 * The pilot's organisations and people (区直, 吴忠市 and its counties 利通区 and 青铜峡市), seeded into PostgreSQL on the local
 * default and in tests, and the logins `npm run token -- <login>` signs for. Unit and department
 * codes are synthetic (valid check characters, no real organisation); the 吴忠 units are the
 * samples' own, so the sample matters can be driven by the people below.
 */
import { departmentNames } from '../matters/departments';
import { departmentCode, type Role } from '../schemas/matter';
import type { Membership, OrganisationKind, Principal } from '../schemas/principal';
import { departmentOf, hallOf, personnelDivisionOf, platformOrganisation, supervisionOf } from '../schemas/organisation-codes';

export interface SeedOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  region: Membership['region'];
  /** For a unit: the competent department it answers to. */
  competentDepartment?: string;
}

export interface SeedAccount {
  login: string;
  name: string;
  kind: Principal['kind'];
  memberships: { organisation: string; roles: Role[] }[];
  /** Service accounts only: the client secret of the local default (production creates its own). */
  localSecret?: string;
}

/** The pilot: 区直, 吴忠市, and two of 吴忠's counties (利通区, 青铜峡市), each level with its own hall and offices. */
type PilotRegion = '640000' | '640300' | '640302' | '640381';

/** The offices of a level: hall, personnel division, the eight departments; supervision at 区直 and prefecture level, which watches its counties too. */
const regionOffices = (region: PilotRegion, short: string, level: 'region' | 'prefecture' | 'county'): SeedOrganisation[] => [
  { code: hallOf(region), name: `${short}政务服务中心“一件事”综合窗口`, kind: 'hall', region },
  { code: personnelDivisionOf(region), name: `${short}人力资源和社会保障${{ region: '厅事业单位人事管理处', prefecture: '局事业单位人事管理科', county: '局事业单位人事管理股' }[level]}`, kind: 'division', region },
  ...(level === 'county' ? [] : [{ code: supervisionOf(region), name: `${short}政务服务管理局督查室`, kind: 'supervision' as const, region }]),
  ...departmentCode.options.map((code) => ({ code: departmentOf(code, region), name: `${short}${departmentNames[code]}经办机构`, kind: 'department' as const, region })),
];

export const seedOrganisations: readonly SeedOrganisation[] = [
  ...regionOffices('640000', '自治区', 'region'),
  ...regionOffices('640300', '吴忠市', 'prefecture'),
  ...regionOffices('640302', '吴忠市利通区', 'county'),
  ...regionOffices('640381', '青铜峡市', 'county'),
  { code: platformOrganisation, name: '“一件事”平台运维', kind: 'platform', region: '640000' },
  { code: '11640000MB00001277', name: '宁夏回族自治区卫生健康委员会', kind: 'competent', region: '640000' },
  { code: '12640000MB00010402', name: '宁夏回族自治区第五人民医院', kind: 'unit', region: '640000', competentDepartment: '11640000MB00001277' },
  { code: '11640300MB0000456P', name: '吴忠市卫生健康委员会', kind: 'competent', region: '640300' },
  { code: '11640300MB0000312H', name: '吴忠市教育局', kind: 'competent', region: '640300' },
  { code: '11640302MB0000218B', name: '吴忠市利通区教育局', kind: 'competent', region: '640302' },
  { code: '11640302MB0000306R', name: '吴忠市利通区卫生健康局', kind: 'competent', region: '640302' },
  { code: '11640381MB0000125T', name: '青铜峡市教育局', kind: 'competent', region: '640381' },
  { code: '12640300MB00012348', name: '吴忠市第一人民医院', kind: 'unit', region: '640300', competentDepartment: '11640300MB0000456P' },
  { code: '12640300MB0002101D', name: '吴忠高级中学', kind: 'unit', region: '640300', competentDepartment: '11640300MB0000312H' },
  { code: '12640302MB0003105X', name: '吴忠市利通区第二中学', kind: 'unit', region: '640302', competentDepartment: '11640302MB0000218B' },
  { code: '12640302MB00042084', name: '吴忠市利通区人民医院', kind: 'unit', region: '640302', competentDepartment: '11640302MB0000306R' },
  { code: '12640381MB0005017B', name: '青铜峡市第一中学', kind: 'unit', region: '640381', competentDepartment: '11640381MB0000125T' },
];

const wzHospital = '12640300MB00012348';
const wzSchool = '12640300MB0002101D';
const ltHospital = '12640302MB00042084';
const ltHealth = '11640302MB0000306R';

export const seedAccounts: readonly SeedAccount[] = [
  { login: 'wz.hospital.clerk', name: '吴忠市第一人民医院人事专员', kind: 'person', memberships: [{ organisation: wzHospital, roles: ['unit-clerk'] }] },
  { login: 'wz.school.clerk', name: '吴忠高级中学人事专员', kind: 'person', memberships: [{ organisation: wzSchool, roles: ['unit-clerk'] }] },
  { login: 'wz.health.reviewer', name: '吴忠市卫健委审核员', kind: 'person', memberships: [{ organisation: '11640300MB0000456P', roles: ['competent-reviewer'] }] },
  { login: 'wz.education.reviewer', name: '吴忠市教育局审核员', kind: 'person', memberships: [{ organisation: '11640300MB0000312H', roles: ['competent-reviewer'] }] },
  { login: 'lt.education.reviewer', name: '利通区教育局审核员', kind: 'person', memberships: [{ organisation: '11640302MB0000218B', roles: ['competent-reviewer'] }] },
  { login: 'wz.hall.officer', name: '吴忠市综合窗口受理员', kind: 'person', memberships: [{ organisation: hallOf('640300'), roles: ['hall-officer'] }] },
  { login: 'wz.hall.officer2', name: '吴忠市综合窗口受理员（二）', kind: 'person', memberships: [{ organisation: hallOf('640300'), roles: ['hall-officer'] }] },
  { login: 'wz.division.clerk', name: '吴忠市人事管理科经办人', kind: 'person', memberships: [{ organisation: personnelDivisionOf('640300'), roles: ['countersigner'] }] },
  { login: 'wz.division.chief', name: '吴忠市人事管理科科长', kind: 'person', memberships: [{ organisation: personnelDivisionOf('640300'), roles: ['chief', 'countersigner'] }] },
  { login: 'wz.pension.officer', name: '吴忠市养老保险经办员', kind: 'person', memberships: [{ organisation: departmentOf('pension', '640300'), roles: ['department-officer'] }] },
  { login: 'wz.supervisor', name: '吴忠市督查员', kind: 'person', memberships: [{ organisation: supervisionOf('640300'), roles: ['supervisor'] }] },
  { login: 'qz.hospital.clerk', name: '自治区第五人民医院人事专员', kind: 'person', memberships: [{ organisation: '12640000MB00010402', roles: ['unit-clerk'] }] },
  { login: 'qz.health.reviewer', name: '自治区卫健委审核员', kind: 'person', memberships: [{ organisation: '11640000MB00001277', roles: ['competent-reviewer'] }] },
  { login: 'qz.hall.officer', name: '自治区综合窗口受理员', kind: 'person', memberships: [{ organisation: hallOf('640000'), roles: ['hall-officer'] }] },
  { login: 'qz.division.clerk', name: '自治区人事管理处经办人', kind: 'person', memberships: [{ organisation: personnelDivisionOf('640000'), roles: ['countersigner'] }] },
  { login: 'qz.supervisor', name: '自治区督查员', kind: 'person', memberships: [{ organisation: supervisionOf('640000'), roles: ['supervisor'] }] },
  { login: 'lt.hospital.clerk', name: '利通区人民医院人事专员', kind: 'person', memberships: [{ organisation: ltHospital, roles: ['unit-clerk'] }] },
  { login: 'lt.school.clerk', name: '利通区第二中学人事专员', kind: 'person', memberships: [{ organisation: '12640302MB0003105X', roles: ['unit-clerk'] }] },
  { login: 'lt.health.reviewer', name: '利通区卫健局审核员', kind: 'person', memberships: [{ organisation: ltHealth, roles: ['competent-reviewer'] }] },
  { login: 'lt.hall.officer', name: '利通区综合窗口受理员', kind: 'person', memberships: [{ organisation: hallOf('640302'), roles: ['hall-officer'] }] },
  { login: 'lt.division.clerk', name: '利通区人事管理股经办人', kind: 'person', memberships: [{ organisation: personnelDivisionOf('640302'), roles: ['countersigner'] }] },
  { login: 'lt.division.chief', name: '利通区人事管理股股长', kind: 'person', memberships: [{ organisation: personnelDivisionOf('640302'), roles: ['chief', 'countersigner'] }] },
  { login: 'qtx.school.clerk', name: '青铜峡市第一中学人事专员', kind: 'person', memberships: [{ organisation: '12640381MB0005017B', roles: ['unit-clerk'] }] },
  { login: 'qtx.education.reviewer', name: '青铜峡市教育局审核员', kind: 'person', memberships: [{ organisation: '11640381MB0000125T', roles: ['competent-reviewer'] }] },
  { login: 'qtx.hall.officer', name: '青铜峡市综合窗口受理员', kind: 'person', memberships: [{ organisation: hallOf('640381'), roles: ['hall-officer'] }] },
  // 负责人: the head of each office whose officers a card can be escalated from (逐级上报), who hears of its yellow and red cards.
  { login: 'wz.hall.chief', name: '吴忠市综合窗口负责人', kind: 'person', memberships: [{ organisation: hallOf('640300'), roles: ['chief'] }] },
  { login: 'wz.health.chief', name: '吴忠市卫健委负责人', kind: 'person', memberships: [{ organisation: '11640300MB0000456P', roles: ['chief'] }] },
  { login: 'wz.education.chief', name: '吴忠市教育局负责人', kind: 'person', memberships: [{ organisation: '11640300MB0000312H', roles: ['chief'] }] },
  { login: 'lt.education.chief', name: '利通区教育局负责人', kind: 'person', memberships: [{ organisation: '11640302MB0000218B', roles: ['chief'] }] },
  { login: 'lt.hall.chief', name: '利通区综合窗口负责人', kind: 'person', memberships: [{ organisation: hallOf('640302'), roles: ['chief'] }] },
  { login: 'lt.health.chief', name: '利通区卫健局负责人', kind: 'person', memberships: [{ organisation: '11640302MB0000306R', roles: ['chief'] }] },
  { login: 'qz.hall.chief', name: '自治区综合窗口负责人', kind: 'person', memberships: [{ organisation: hallOf('640000'), roles: ['chief'] }] },
  { login: 'qz.division.chief', name: '自治区人事管理处处长', kind: 'person', memberships: [{ organisation: personnelDivisionOf('640000'), roles: ['chief'] }] },
  { login: 'qz.health.chief', name: '自治区卫健委负责人', kind: 'person', memberships: [{ organisation: '11640000MB00001277', roles: ['chief'] }] },
  { login: 'admin', name: '平台管理员', kind: 'person', memberships: [{ organisation: platformOrganisation, roles: ['admin'] }] },
  {
    login: 'demo.operator',
    name: '演示操作员（吴忠样例全流程）',
    kind: 'person',
    // One login that can take every sample matter from submission to the end, for demos and the
    // fresh-clone check; each decision is still checked against the role its step waits for.
    memberships: [
      { organisation: wzHospital, roles: ['unit-clerk'] },
      { organisation: wzSchool, roles: ['unit-clerk'] },
      { organisation: '11640300MB0000456P', roles: ['competent-reviewer'] },
      { organisation: '11640300MB0000312H', roles: ['competent-reviewer'] },
      { organisation: '11640302MB0000218B', roles: ['competent-reviewer'] },
      { organisation: hallOf('640300'), roles: ['hall-officer'] },
      { organisation: personnelDivisionOf('640300'), roles: ['countersigner'] },
      { organisation: ltHospital, roles: ['unit-clerk'] },
      { organisation: ltHealth, roles: ['competent-reviewer'] },
      { organisation: hallOf('640302'), roles: ['hall-officer'] },
      { organisation: personnelDivisionOf('640302'), roles: ['countersigner'] },
    ],
  },
  {
    login: 'svc.wz-hospital-hr',
    name: '吴忠市第一人民医院人事系统',
    kind: 'service',
    memberships: [{ organisation: wzHospital, roles: ['unit-clerk'] }],
    localSecret: 'wz-hospital-hr-local-secret',
  },
];

/** A seeded account as token claims, its memberships completed from the seeded organisations. */
export function seedPrincipal(login: string): Principal | undefined {
  const account = seedAccounts.find((a) => a.login === login);
  if (!account) return undefined;
  return { sub: account.login, name: account.name, kind: account.kind, memberships: account.memberships.map(seedMembership) };
}

function seedMembership({ organisation, roles }: SeedAccount['memberships'][number]): Membership {
  const org = seedOrganisations.find((o) => o.code === organisation);
  if (!org) throw new Error(`seed account names an unknown organisation ${organisation}`);
  return { organisation, kind: org.kind, region: org.region, roles };
}
