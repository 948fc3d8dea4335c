import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { isoDate, isValidIsoDate } from '../../schemas/dates';
import { issuesToFieldErrors } from '../../schemas/field-errors';
import { birthDateOfIdentityNumber, identityNumber, identityNumberCheckDigit, isValidIdentityNumber, sexOfIdentityNumber } from '../../schemas/identity-number';
import { material, materialList } from '../../schemas/materials';
import { mobilePhone, personName } from '../../schemas/person';
import { post, postCategories, postCategory } from '../../schemas/post';
import { regionCode, regionNames } from '../../schemas/region';
import { isValidUnitCode, unitCode, unitCodeCheckChar } from '../../schemas/unit-code';
import { money, salaryGrade } from '../../schemas/wage';

// --- synthetic identity numbers (never a real person's number) -------------

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Independent re-implementation of the GB 11643 check digit, for crafting samples. */
function checkDigit(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + Number(ch) * (W[i] ?? 0), 0);
  return '10X98765432'[sum % 11] as string;
}
/** Synthetic id: region 640302 (吴忠市利通区), birth date, 3-digit sequence. */
function makeId(birth: string, seq = '123', region = '640302'): string {
  const body = `${region}${birth}${seq}`;
  return body + checkDigit(body);
}
/** A synthetic id with the wrong check digit. */
function withWrongCheck(id: string): string {
  const right = id[17] as string;
  const wrong = right === '0' ? '1' : '0';
  return id.slice(0, 17) + wrong;
}
/** Find a sequence whose check digit is X. */
function makeIdWithX(birth: string): string {
  for (let n = 0; n < 1000; n++) {
    const id = makeId(birth, String(n).padStart(3, '0'));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X sample');
}

function messages(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.error ? result.error.issues.map((i) => i.message) : [];
}

describe('identityNumber (GB 11643-1999)', () => {
  it('accepts synthetic valid numbers and returns them unchanged', () => {
    for (const birth of ['19850615', '20000229', '19700101', '19991231']) {
      const id = makeId(birth);
      expect(isValidIdentityNumber(id)).toBe(true);
      expect(identityNumber.parse(id)).toBe(id);
    }
  });

  it('module check digit agrees with an independent computation', () => {
    for (let n = 0; n < 50; n++) {
      const body = `640302198${n % 10}0${(n % 9) + 1}1${n % 10}${String(n).padStart(3, '0')}`;
      expect(identityNumberCheckDigit(body)).toBe(checkDigit(body));
    }
    expect(() => identityNumberCheckDigit('12345')).toThrow(RangeError);
  });

  it('rejects a wrong check digit with a bilingual message', () => {
    const bad = withWrongCheck(makeId('19850615'));
    expect(isValidIdentityNumber(bad)).toBe(false);
    const r = identityNumber.safeParse(bad);
    expect(r.success).toBe(false);
    expect(messages(r)).toEqual(['公民身份号码校验位错误 / identity number check digit is wrong']);
  });

  it('rejects an impossible birth date (1999-02-30) even with a correct check digit', () => {
    const bad = makeId('19990230');
    expect(isValidIdentityNumber(bad)).toBe(false);
    const r = identityNumber.safeParse(bad);
    expect(messages(r)[0]).toMatch(/出生日期.*\/ .*birth date/);
    expect(isValidIdentityNumber(makeId('19001301'))).toBe(false); // month 13
    expect(isValidIdentityNumber(makeId('19010229'))).toBe(false); // 1901 not leap
    expect(isValidIdentityNumber(makeId('19000229'))).toBe(false); // 1900 not leap
    expect(isValidIdentityNumber(makeId('18991231'))).toBe(false); // before 1900
  });

  it('rejects wrong lengths and bad characters', () => {
    const id = makeId('19850615');
    expect(isValidIdentityNumber(id.slice(0, 17))).toBe(false);
    expect(isValidIdentityNumber(id + '1')).toBe(false);
    expect(isValidIdentityNumber('640302850615123')).toBe(false); // old 15-digit format
    expect(isValidIdentityNumber('')).toBe(false);
    expect(messages(identityNumber.safeParse(id.slice(0, 17)))[0]).toContain(
      'identity number must be 18 characters long',
    );
    expect(isValidIdentityNumber('6403021985061A123' + '4')).toBe(false);
    expect(identityNumber.safeParse(12345).success).toBe(false);
  });

  it('rejects an implausible province code', () => {
    for (const region of ['000000', '100000', '660302', '900000', '700000']) {
      const id = makeId('19850615', '123', region);
      expect(isValidIdentityNumber(id)).toBe(false);
      expect(messages(identityNumber.safeParse(id))[0]).toContain('region code');
    }
    for (const region of ['110101', '650102', '710000', '810000', '820000']) {
      expect(isValidIdentityNumber(makeId('19850615', '123', region))).toBe(true);
    }
  });

  it('accepts lowercase x and normalises to uppercase', () => {
    const id = makeIdWithX('19850615');
    const lower = id.slice(0, 17) + 'x';
    expect(isValidIdentityNumber(lower)).toBe(true);
    expect(identityNumber.parse(lower)).toBe(id);
    expect(identityNumber.parse(`  ${lower} `)).toBe(id);
    expect(birthDateOfIdentityNumber(lower)).toBe('1985-06-15');
  });

  it('extracts birth date and sex', () => {
    expect(birthDateOfIdentityNumber(makeId('20000229'))).toBe('2000-02-29');
    expect(sexOfIdentityNumber(makeId('19850615', '123'))).toBe('male');
    expect(sexOfIdentityNumber(makeId('19850615', '124'))).toBe('female');
    expect(() => birthDateOfIdentityNumber(withWrongCheck(makeId('19850615')))).toThrow(
      /校验位错误/,
    );
  });
});

describe('unitCode (GB 32100-2015)', () => {
  it('computes check chars that validate', () => {
    // 1 = 机构编制 registration, 2 = 事业单位; region 640300 吴忠市
    const bodies = ['12640300MB0000001', '12640000455000123', '52640100MJ1234567', '91640500000000000'];
    for (const body of bodies) {
      const code = body + unitCodeCheckChar(body);
      expect(code).toHaveLength(18);
      expect(isValidUnitCode(code)).toBe(true);
      expect(unitCode.parse(code)).toBe(code);
    }
  });

  it('maps c == 31 to 0', () => {
    // Search for a body whose weighted sum is divisible by 31.
    let found: string | undefined;
    for (let n = 0; n < 1000 && !found; n++) {
      const body = `12640300${String(n).padStart(9, '0')}`;
      if (unitCodeCheckChar(body) === '0') found = body;
    }
    expect(found).toBeDefined();
    expect(isValidUnitCode(`${found}0`)).toBe(true);
  });

  it('accepts real-format examples', () => {
    // Example code from GB 32100-2015 explanatory material, and two published enterprise codes.
    for (const code of ['91350100M000100Y43', '9144030071526726XG', '914403001922038216']) {
      expect(isValidUnitCode(code)).toBe(true);
    }
    expect(unitCode.parse('9144030071526726xg')).toBe('9144030071526726XG');
  });

  it('rejects a wrong check char, bad length, forbidden letters and non-numeric region', () => {
    const body = '12640300MB0000001';
    const right = unitCodeCheckChar(body);
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const wrong = charset[(charset.indexOf(right) + 1) % 31] as string;
    expect(isValidUnitCode(body + wrong)).toBe(false);
    expect(messages(unitCode.safeParse(body + wrong))).toEqual([
      '统一社会信用代码校验码错误 / unit code check character is wrong',
    ]);
    expect(isValidUnitCode(body)).toBe(false);
    expect(isValidUnitCode(`${body}${right}0`)).toBe(false);
    // I, O, Z, S, V are not in the charset
    expect(isValidUnitCode('12640300MB000000I0')).toBe(false);
    expect(messages(unitCode.safeParse('12640300MO0000001A'))[0]).toContain('invalid characters');
    // positions 3–8 must be digits
    const alphaRegion = '1264A300MB0000001';
    expect(isValidUnitCode(alphaRegion + unitCodeCheckChar(alphaRegion))).toBe(false);
    expect(() => unitCodeCheckChar('1264')).toThrow(RangeError);
    expect(() => unitCodeCheckChar('12640300MB000000I')).toThrow(RangeError);
  });
});

describe('regionCode', () => {
  it('covers the Ningxia codes', () => {
    expect(Object.keys(regionNames)).toEqual(['640000', '640100', '640200', '640300', '640400', '640500']);
    expect(regionNames['640100']).toBe('银川市');
    expect(regionCode.parse('640300')).toBe('640300');
    const r = regionCode.safeParse('110000');
    expect(r.success).toBe(false);
    expect(messages(r)[0]).toContain(' / region code must be one of');
  });
});

describe('post', () => {
  const ok = (p: unknown) => post.safeParse(p).success;
  const levelErrors = (p: unknown) => {
    const r = z.object({ post }).safeParse({ post: p });
    return r.success ? [] : issuesToFieldErrors(r.error).filter((e) => e.field === 'post.level');
  };

  it('management levels 1–10', () => {
    expect(ok({ category: 'management', level: 1, title: '办公室主任' })).toBe(true);
    expect(ok({ category: 'management', level: 10, title: '办事员' })).toBe(true);
    expect(levelErrors({ category: 'management', level: 0, title: '科员' })).toHaveLength(1);
    const errs = levelErrors({ category: 'management', level: 11, title: '科员' });
    expect(errs).toEqual([
      { field: 'post.level', message: '管理岗等级应为 1–10 级 / management post level must be 1–10' },
    ]);
  });

  it('professional levels 1–13', () => {
    expect(ok({ category: 'professional', level: 1, title: '主任医师' })).toBe(true);
    expect(ok({ category: 'professional', level: 13, title: '护士' })).toBe(true);
    expect(levelErrors({ category: 'professional', level: 14, title: '护士' })).toHaveLength(1);
    expect(levelErrors({ category: 'professional', level: 0, title: '护士' })).toHaveLength(1);
  });

  it('worker technician levels 1–5; general worker has no level', () => {
    expect(ok({ category: 'worker', workerGrade: 'technician', level: 1, title: '高级技师' })).toBe(true);
    expect(ok({ category: 'worker', workerGrade: 'technician', level: 5, title: '初级工' })).toBe(true);
    expect(levelErrors({ category: 'worker', workerGrade: 'technician', level: 6, title: '驾驶员' })).toHaveLength(1);
    expect(ok({ category: 'worker', workerGrade: 'general', title: '保洁' })).toBe(true);
    expect(levelErrors({ category: 'worker', workerGrade: 'general', level: 1, title: '保洁' })).toEqual([
      { field: 'post.level', message: '工勤技能岗普通工不设岗位等级 / general worker posts have no level' },
    ]);
  });

  it('requires a level where one applies, an integer level, and workerGrade only for workers', () => {
    expect(levelErrors({ category: 'management', title: '科员' })).toHaveLength(1);
    expect(levelErrors({ category: 'worker', workerGrade: 'technician', title: '电工' })).toHaveLength(1);
    expect(levelErrors({ category: 'professional', level: 2.5, title: '研究员' })).toHaveLength(1);
    const noGrade = post.safeParse({ category: 'worker', level: 3, title: '电工' });
    expect(noGrade.error?.issues.map((i) => i.path.join('.'))).toEqual(['workerGrade']);
    const gradeOnMgmt = post.safeParse({ category: 'management', level: 3, title: '科长', workerGrade: 'general' });
    expect(gradeOnMgmt.error?.issues.map((i) => i.path.join('.'))).toEqual(['workerGrade']);
  });

  it('checks title length and category', () => {
    expect(ok({ category: 'management', level: 8, title: '' })).toBe(false);
    expect(ok({ category: 'management', level: 8, title: '岗'.repeat(50) })).toBe(true);
    expect(ok({ category: 'management', level: 8, title: '岗'.repeat(51) })).toBe(false);
    expect(postCategory.safeParse('clerk').success).toBe(false);
  });

  it('exposes the categories’ labels', () => {
    expect(postCategories.management.label).toBe('管理岗');
    expect(postCategories.professional.label).toBe('专业技术岗');
    expect(postCategories.worker.label).toBe('工勤技能岗');
  });
});

describe('salaryGrade', () => {
  it('accepts 1–65 integers only', () => {
    expect(salaryGrade.safeParse(0).success).toBe(false);
    expect(salaryGrade.safeParse(1).success).toBe(true);
    expect(salaryGrade.safeParse(65).success).toBe(true);
    expect(salaryGrade.safeParse(66).success).toBe(false);
    expect(salaryGrade.safeParse(12.5).success).toBe(false);
    expect(messages(salaryGrade.safeParse(66))).toEqual(['薪级应为 1–65 / salary grade must be between 1 and 65']);
  });
});

describe('isoDate', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    for (const d of ['2024-02-29', '2000-02-29', '1999-12-31', '2025-01-01']) {
      expect(isoDate.safeParse(d).success).toBe(true);
      expect(isValidIsoDate(d)).toBe(true);
    }
    for (const d of ['2023-02-29', '1900-02-29', '1999-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) {
      expect(isoDate.safeParse(d).success).toBe(false);
    }
    expect(messages(isoDate.safeParse('1999-02-30'))).toEqual(['日期不存在 / date does not exist in the calendar']);
    for (const d of ['2024-2-1', '20240201', '2024/02/01', '2024-02-01T00:00:00Z', '']) {
      expect(messages(isoDate.safeParse(d))[0]).toContain('YYYY-MM-DD');
    }
  });

});

describe('mobilePhone, personName, money', () => {
  it('mobilePhone', () => {
    expect(mobilePhone.safeParse('13912345678').success).toBe(true);
    expect(mobilePhone.safeParse('19912345678').success).toBe(true);
    expect(mobilePhone.safeParse('12912345678').success).toBe(false);
    expect(mobilePhone.safeParse('1391234567').success).toBe(false);
    expect(mobilePhone.safeParse('139123456789').success).toBe(false);
    expect(mobilePhone.safeParse('+8613912345678').success).toBe(false);
  });

  it('personName', () => {
    for (const n of ['张三', '欧阳修远', '阿依古丽·买买提', 'John Smith', '马 Li']) {
      expect(personName.safeParse(n).success).toBe(true);
    }
    for (const n of ['张', 'A', '张3', 'O\'Brien', '·· ', '张'.repeat(31), '']) {
      expect(personName.safeParse(n).success).toBe(false);
    }
    expect(personName.parse('  王五 ')).toBe('王五');
  });

  it('money', () => {
    for (const m of [0, 1, 0.01, 1.15, 4850.5, 123456789.99]) {
      expect(money.safeParse(m).success).toBe(true);
    }
    for (const m of [-0.01, 1.005, 0.001, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(money.safeParse(m).success).toBe(false);
    }
    expect(messages(money.safeParse(1.005))).toEqual(['金额最多保留两位小数 / amount must have at most 2 decimal places']);
  });
});

describe('materials', () => {
  const good = { kind: 'hire-approval', name: '聘用审批表', sha256: 'a'.repeat(64), size: 1024 };
  it('accepts a well-formed item and list', () => {
    expect(material.safeParse(good).success).toBe(true);
    expect(materialList.safeParse([good, { ...good, kind: 'id-card' }]).success).toBe(true);
  });
  it('rejects bad fields', () => {
    expect(material.safeParse({ ...good, sha256: 'A'.repeat(64) }).success).toBe(false);
    expect(material.safeParse({ ...good, sha256: 'a'.repeat(63) }).success).toBe(false);
    expect(material.safeParse({ ...good, size: 0 }).success).toBe(false);
    expect(material.safeParse({ ...good, size: 1.5 }).success).toBe(false);
    expect(material.safeParse({ ...good, kind: 'Hire Approval' }).success).toBe(false);
    expect(material.safeParse({ ...good, name: '' }).success).toBe(false);
  });
});

describe('issuesToFieldErrors', () => {
  it('lists every problem with dotted paths', () => {
    const schema = z.object({
      person: z.object({ name: personName, identityNumber, mobile: mobilePhone }),
      unit: z.object({ code: unitCode, region: regionCode }),
      post,
      salaryGrade,
      materials: materialList,
    });
    const r = schema.safeParse({
      person: { name: '张', identityNumber: withWrongCheck(makeId('19850615')), mobile: '123' },
      unit: { code: '12640300MB0000001', region: '640600' },
      post: { category: 'professional', level: 14, title: '工程师' },
      salaryGrade: 66,
      materials: [{ kind: 'hire-approval', name: '聘用审批表', sha256: 'xyz', size: 10 }],
    });
    expect(r.success).toBe(false);
    const errs = issuesToFieldErrors(r.error!);
    expect(errs.map((e) => e.field)).toEqual([
      'person.name',
      'person.identityNumber',
      'person.mobile',
      'unit.code',
      'unit.region',
      'post.level',
      'salaryGrade',
      'materials.0.sha256',
    ]);
    for (const e of errs) expect(e.message).toMatch(/ \/ /); // bilingual "中文 / English"
    expect(errs.find((e) => e.field === 'person.identityNumber')?.message).toBe(
      '公民身份号码校验位错误 / identity number check digit is wrong',
    );
  });

  it('uses an empty field for root issues', () => {
    const r = salaryGrade.safeParse('x');
    expect(issuesToFieldErrors(r.error!)).toEqual([
      { field: '', message: '薪级必须为数字 / salary grade must be a number' },
    ]);
  });
});
