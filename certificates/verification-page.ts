/**
 * The page a scanned QR code opens: in Chinese, the verdict first (genuine and in force, revoked
 * with its date and why, or not genuine), then the masked facts to compare with the paper line
 * by line. Static HTML without scripts, every value escaped; nothing on it a stranger holding the
 * paper does not already read there, and never a full name or identity number.
 */
import { departmentNames } from '../matters/departments';
import type { CertificateVerification } from '../schemas/certificate';
import type { DepartmentCode } from '../schemas/matter';
import { chineseDateTime } from './dates';

const amountLabels: Record<string, string> = {
  postWage: '岗位工资',
  gradeWage: '薪级工资',
  total: '基本工资合计',
  previous: '原基本工资',
  difference: '增减',
};

export function verificationHtml(result: CertificateVerification, keysUrl: string): string {
  const { facts } = result;
  const verdict = !result.genuine
    ? { tone: 'bad', text: '未通过核验：该凭证的签名或内容与出具时不符，请勿采信' }
    : result.revokedAt
      ? { tone: 'revoked', text: `凭证真实，但已于 ${chineseDateTime(new Date(result.revokedAt))} 撤销，不再有效（${result.revocationReason ?? ''}）` }
      : { tone: 'ok', text: '凭证真实有效' };
  const rows: [string, string][] = [
    ['凭证名称', facts.title],
    ['核验码', result.shortCode],
    ['事项编号', facts.matter.id],
    ['用人单位', facts.unit.name],
    ['统一社会信用代码', facts.unit.code],
    ['姓名', facts.person.name],
    ['公民身份号码', facts.person.identityNumber],
    ['出具机构', facts.issuer],
    ['出具时间', chineseDateTime(new Date(facts.issuedAt))],
    ...Object.entries(facts.receipts ?? {}).map(([department, receipt]): [string, string] => [`${departmentNames[department as DepartmentCode] ?? department}登记号`, receipt]),
    ...Object.entries(facts.amounts ?? {}).map(([name, amount]): [string, string] => [amountLabels[name] ?? name, `${amount.toFixed(2)} 元/月`]),
  ];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>凭证核验 · 一件事</title>
<style>
body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f5f5f5; color: #222; }
main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem; background: #fff; min-height: 100vh; box-sizing: border-box; }
h1 { font-size: 1.4rem; margin: 0 0 1rem; }
.verdict { padding: 0.8rem 1rem; border-radius: 4px; font-weight: bold; }
.ok { background: #e6f4ea; color: #0b6b2b; }
.revoked { background: #fff4e5; color: #8a4b00; }
.bad { background: #fdecea; color: #a61b1b; }
table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #ccc; padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; width: 9rem; font-weight: normal; }
.note { font-size: 0.85rem; color: #555; line-height: 1.6; }
</style>
</head>
<body>
<main>
<h1>“一件事”凭证核验</h1>
<p class="verdict ${verdict.tone}">${escape(verdict.text)}</p>
<table>
${rows.map(([label, value]) => `<tr><th>${escape(label)}</th><td>${escape(value)}</td></tr>`).join('\n')}
</table>
<p class="note">请将上列信息与纸质凭证逐项比对；为保护个人信息，本页不显示完整姓名和公民身份号码。凭证二维码中“#”之后为电子签名（JWS），可用公开密钥 <a href="${escape(keysUrl)}">${escape(keysUrl)}</a> 离线核验。</p>
</main>
</body>
</html>
`;
}

/** The page for a code that names no certificate. */
export function unknownCertificateHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>凭证核验 · 一件事</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem">
<h1 style="font-size: 1.4rem">“一件事”凭证核验</h1>
<p style="padding: 0.8rem 1rem; background: #fdecea; color: #a61b1b; font-weight: bold">未找到该凭证：请核对核验码，或重新扫描凭证上的二维码</p>
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
