/**
 * Text sizes without a font at hand: the SVG names a font stack and the viewer picks the face,
 * so widths are estimated — a CJK character is one em, Latin letters and digits a little over
 * half — generously enough that a label fits whichever face draws it.
 */
export const fontFamily = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
export const labelSize = 13;
export const detailSize = 11;
export const edgeLabelSize = 11;

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms take a full em. */
const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += wide.test(char) ? 1 : char === ' ' || char === '·' ? 0.35 : 0.6;
  return Math.ceil(ems * size);
}

/** The text, cut with an ellipsis where it would run past `width`. */
export function fitted(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}
