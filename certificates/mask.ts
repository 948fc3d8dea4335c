/**
 * A certificate travels further than the database row (printed, mailed, attached to other
 * files), so it shows only enough of the person to recognise them: the surname and the
 * region and tail of the identity number. Both masks are idempotent — masking a masked value
 * changes nothing — so the renderer masks again and an unmasked value never reaches paper.
 */

/** 复姓: a compound surname is the family name whole, so 欧阳娜娜 shows as 欧阳**, not 欧***. */
const compoundSurnames = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '司空', '夏侯', '轩辕',
  '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '东郭', '闻人', '澹台', '公冶', '太史', '申屠', '赫连', '钟离',
  '万俟', '濮阳', '淳于', '单于', '亓官', '仲孙', '宗政', '拓跋', '左丘', '第五', '乐正', '壤驷', '公良', '梁丘', '谷梁',
]);

/** 张三 → 张*, 欧阳娜娜 → 欧阳**: the surname stays, every other character is masked. */
export function maskName(name: string): string {
  const characters = Array.from(name.trim());
  const surname = characters.length > 2 && compoundSurnames.has(characters.slice(0, 2).join('')) ? 2 : 1;
  // A one-character name would be shown whole by "keep the surname", so nothing of it stays.
  const kept = characters.length > surname ? surname : 0;
  return characters.slice(0, kept).join('') + '*'.repeat(characters.length - kept);
}

/** 640302YYYYMMDDSSSC → 640302********SSSC: the region of issue and the last four stay. */
export function maskIdentityNumber(identityNumber: string): string {
  const value = identityNumber.trim().toUpperCase();
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}
