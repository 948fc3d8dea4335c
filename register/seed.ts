/**
 * The pilot's register at `npm start`: the people of samples/transfer.json and
 * samples/post-change.json where those forms say they are — 李四 at the releasing school, her
 * file and pension where the transfer takes them from; 张三 on the post and grade the post change
 * starts from — so both samples prefill from it and pass its cross-check (tests/unit/register.test.ts
 * holds the two together). Seeded once (each state's maker is a fixed `seed:` key), never in
 * production, where the matters fill the register. The people are the samples' own (read from
 * samples/ when seeding, so no person's data is written into the product's code).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../config/env';
import { basicWage, type WageScale } from '../config/wage-scale';
import type { RegisterChange } from './changes';
import type { PersonnelRegister } from './store';

const lisiPost = { category: 'professional', level: 10, title: '中学数学教师' } as const;
const zhangsanPost = { category: 'professional', level: 12, title: '住院医师' } as const;

/** The person a sample form names. */
function samplePerson(file: string): RegisterChange['person'] {
  return (JSON.parse(readFileSync(resolve(projectRoot, 'samples', file), 'utf8')) as { person: RegisterChange['person'] }).person;
}

export function seededStates(scale: WageScale): Record<string, RegisterChange> {
  return {
    'seed:transfer-sample': {
      person: samplePerson('transfer.json'),
      employment: {
        unit: { code: '12640302MB0003105X', name: '吴忠市利通区第二中学', region: '640302', competentDepartment: { code: '11640302MB0000218B', name: '吴忠市利通区教育局' } },
        post: lisiPost,
        salaryGrade: 18,
        monthlyBasicWage: basicWage(scale, lisiPost, 18)?.total,
        insurance: { pensionRegion: '640300', pensionInsurer: '吴忠市社会保险事业管理局', workInjury: true, unemployment: true },
        archiveHolder: '吴忠市利通区教育局人事档案室',
        contract: { startDate: '2020-09-01', endDate: '2026-08-31' },
        since: '2020-09-01',
      },
    },
    'seed:post-change-sample': {
      person: samplePerson('post-change.json'),
      employment: {
        unit: { code: '12640300MB00012348', name: '吴忠市第一人民医院', region: '640300', competentDepartment: { code: '11640300MB0000456P', name: '吴忠市卫生健康委员会' } },
        post: zhangsanPost,
        salaryGrade: 14,
        monthlyBasicWage: basicWage(scale, zhangsanPost, 14)?.total,
        insurance: { pensionRegion: '640300', pensionInsurer: '吴忠市社会保险事业管理局', workInjury: true, unemployment: true },
        archiveHolder: '吴忠市第一人民医院',
        contract: { startDate: '2026-12-01', endDate: '2029-11-30' },
        since: '2026-12-01',
      },
    },
  };
}

export async function ensureRegisterSeeded(register: PersonnelRegister, scale: WageScale): Promise<void> {
  for (const [madeBy, change] of Object.entries(seededStates(scale))) await register.apply(madeBy, change);
}
