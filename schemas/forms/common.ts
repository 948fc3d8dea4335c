/**
 * Form parts the three matters share: the applying unit, the person, the application number.
 * Labels are bilingual because the unit's clerk reads the errors.
 */
import { z } from 'zod';
import { provinceCodes, identityNumber } from '../identity-number';
import { isoDate } from '../dates';
import { mobilePhone, personName } from '../person';
import { personal } from '../personal-data';
import { regionCode } from '../region';
import { unitCode } from '../unit-code';
import { materialList } from '../materials';

export const applicationNo = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/, '申请编号为 1–32 位字母、数字或连字符 / applicationNo is 1–32 letters, digits or hyphens')
  .describe('单位自编申请编号，与单位代码一起构成业务主键 / the unit’s own application number; with the unit code it is the business key');

export const organisationRef = z.object({
  code: unitCode.describe('统一社会信用代码 / unified social credit code'),
  name: z.string().trim().min(2).max(100).describe('名称 / name'),
});

export const employingUnit = organisationRef.extend({
  region: regionCode.describe('所属地区 (GB/T 2260) / region'),
  competentDepartment: organisationRef.describe('主管部门 / competent department'),
});

/**
 * A GB/T 2260 code anywhere in the country. `regionCode` only knows Ningxia because the
 * service's own units are all there; a person or unit coming from elsewhere is not.
 */
export const anyRegionCode = z
  .string()
  .refine((value) => /^[1-8]\d{5}$/.test(value) && provinceCodes.has(value.slice(0, 2)), {
    error: '行政区划代码应为 6 位 GB/T 2260 代码，前两位为有效省级代码 / region must be a 6-digit GB/T 2260 code starting with a valid province code',
  })
  .describe('行政区划代码 (GB/T 2260) / region code');

/**
 * The person the matter is about. Name, identity number, birth date and phone are personal data
 * (`personal`): stored encrypted, shown masked. The birth date is among them because with it a
 * masked identity number (region and tail shown) is the whole number again.
 */
export const person = z.object({
  name: personal(personName.describe('姓名 / name'), 'name'),
  identityNumber: personal(identityNumber.describe('公民身份号码 / citizen identity number (GB 11643)'), 'identity-number'),
  birthDate: personal(isoDate.describe('出生日期 / date of birth'), 'birth-date'),
  gender: z.enum(['male', 'female']).describe('性别 / gender'),
  phone: personal(mobilePhone.describe('手机号码 / mobile phone'), 'phone'),
  education: z.enum(['doctorate', 'master', 'bachelor', 'college', 'secondary']).describe('学历 / education'),
});

export { materialList };

/**
 * 工伤保险 and 失业保险 are compulsory for the employees of public institutions (工伤保险条例 Art. 2,
 * 失业保险条例 Art. 2): the form confirms them, and a form that opts out is refused.
 */
export const compulsoryInsurance = z.object({
  workInjury: z
    .literal(true, { error: '事业单位工作人员依法参加工伤保险，不可不参保（《工伤保险条例》第二条） / work-injury insurance is compulsory for public institutions (Regulations on Work-Related Injury Insurance, Art. 2)' })
    .describe('工伤保险参保（法定，须为 true） / work-injury insurance, compulsory (true)'),
  unemployment: z
    .literal(true, { error: '事业单位工作人员依法参加失业保险，不可不参保（《失业保险条例》第二条） / unemployment insurance is compulsory for public institutions (Regulations on Unemployment Insurance, Art. 2)' })
    .describe('失业保险参保（法定，须为 true） / unemployment insurance, compulsory (true)'),
});
