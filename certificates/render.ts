/**
 * One A4 page per certificate: title, the fields in a bordered table, the issuing organisation
 * and how to verify it — for a signed certificate a QR code of its verification URL (the JWS
 * after the `#`) and its short code beside it. A pure function of its input — the issue time is
 * given, and pdfkit derives the file ID from the creation date — so the same input renders the
 * same bytes.
 */
import PDFDocument from 'pdfkit';
import { chineseDate } from './dates';
import { fontFile } from './font';
import type { CertificateInput, CertificateKind, CertificateLine, StoredCertificate } from '../schemas/certificate';
import { shortCode } from './identity';
import { certificateTitle } from './kinds';
import { maskIdentityNumber, maskName } from './mask';
import { drawQrCode } from './qr-code';

export const storedCertificate = (input: CertificateInput): StoredCertificate => ({ ...input, issuedAt: input.issuedAt.toISOString() });
export const fromStored = (content: StoredCertificate): CertificateInput => ({ ...content, issuedAt: new Date(content.issuedAt) });

/** The note of certificates issued before signing, which carry no code to scan. */
export const verificationNote = '本凭证由“一件事”系统生成，可凭事项编号核验';
export const signedNote = '本凭证经电子签名，可扫描二维码或凭核验码在线核验真伪，亦可凭公开密钥离线核验';

/** Where a signed certificate is verified: its id (printed as the short code) and the URL its QR code holds. */
export interface CertificateVerification {
  certificateId: string;
  url: string;
}

const registered = '经办部门已办理下列事项，予以登记。';

const statements: Record<CertificateKind, string> = {
  'acceptance-receipt': '你单位提交的申请已经政务服务大厅审核受理，将在下列承诺时限内办结，相关经办部门并联办理。办理进度可凭事项编号随时查询。',
  'completion-notice': '你单位申请的事项已办结，各经办部门办理结果如下。',
  'rejection-notice': '经审核，你单位申请的事项不予办理，理由及救济途径如下。',
  'personnel-record': registered,
  'wage-approval': registered,
  'pension-receipt': registered,
  'injury-receipt': registered,
  'unemployment-receipt': registered,
  'sscard-receipt': registered,
  'archive-notice': registered,
  'employment-receipt': registered,
};

const page = { margin: 56, labelWidth: 130, qrSize: 120 };
const grey = '#555555';

export async function renderCertificate(input: CertificateInput, verification?: CertificateVerification): Promise<Buffer> {
  const title = certificateTitle(input.kind, input.matterKind);
  const doc = new PDFDocument({
    size: 'A4',
    margin: page.margin,
    lang: 'zh-CN',
    displayTitle: true,
    // Kept so the footer can be written on every page once the number of pages is known.
    bufferPages: true,
    // The person stays out of the metadata: viewers and indexers show it without opening the page.
    info: {
      Title: `${title} ${input.matterId}`,
      Subject: input.matterTitle,
      Author: input.issuer,
      Creator: '一件事',
      Producer: '一件事',
      CreationDate: input.issuedAt,
    },
  });
  const bytes = collect(doc);
  doc.registerFont('regular', fontFile('regular'));
  doc.registerFont('bold', fontFile('bold'));
  const width = doc.page.width - 2 * page.margin;

  doc.font('bold').fontSize(20).text(title, { align: 'center' });
  doc.moveDown(0.2);
  doc.font('regular').fontSize(12).fillColor(grey).text(`${input.matterTitle}“一件事”`, { align: 'center' });
  doc.moveDown(0.6);
  doc.fontSize(10).text(`事项编号：${input.matterId}`, { align: 'right' });
  doc.moveDown(0.5);
  doc.fillColor('black').fontSize(11).text(statements[input.kind], { lineGap: 3 });
  doc.moveDown(0.6);

  doc.fontSize(10.5).table({
    columnStyles: [page.labelWidth, '*'],
    defaultStyle: { padding: [5, 8], border: 0.8, borderColor: '#333333' },
    data: fields(input).map(({ label, value }) => [
      { text: label, backgroundColor: '#eeeeee', align: { x: 'center', y: 'center' } } as const,
      { text: value, align: { x: 'left', y: 'center' } } as const,
    ]),
  });

  // The issuer, the date and the QR code stay together, under the table or at the top of a new page.
  doc.x = page.margin;
  doc.fontSize(12);
  const closing = Math.max(3 * doc.currentLineHeight(true) + 36, verification ? page.qrSize + 40 : 0);
  if (doc.y + closing > doc.page.height - doc.page.margins.bottom) doc.addPage();
  else doc.moveDown(2);
  const top = doc.y;
  if (verification) verificationBlock(doc, verification, top);
  doc.fillColor('black').fontSize(12).text(input.issuer, page.margin, top, { align: 'right', width });
  doc.moveDown(0.3);
  doc.text(chineseDate(input.issuedAt), { align: 'right', width });

  footer(doc, width, verification ? signedNote : verificationNote);
  doc.end();
  return bytes;
}

/** The QR code at the left of the closing lines, the short code under it for those who type it in. */
function verificationBlock(doc: PDFKit.PDFDocument, { certificateId, url }: CertificateVerification, top: number): void {
  drawQrCode(doc, url, page.margin, top, page.qrSize);
  doc
    .fontSize(9)
    .fillColor(grey)
    .text(`核验码 ${shortCode(certificateId)}`, page.margin, top + page.qrSize + 2, { width: page.qrSize + 40, lineBreak: false });
}

/** The verification note on every page, inside the bottom margin where pdfkit would otherwise break to a new page. */
function footer(doc: PDFKit.PDFDocument, width: number, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const note = count > 1 ? `${text}　第 ${index - start + 1} 页 / 共 ${count} 页` : text;
    doc.fontSize(9).fillColor(grey).text(note, page.margin, doc.page.height - bottom + 16, { align: 'center', width, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function fields(input: CertificateInput): CertificateLine[] {
  return [
    { label: '事项编号', value: input.matterId },
    { label: '事项名称', value: input.matterTitle },
    { label: '用人单位', value: input.unit.name },
    { label: '统一社会信用代码', value: input.unit.code },
    { label: '姓名', value: maskName(input.person.maskedName) },
    { label: '公民身份号码', value: maskIdentityNumber(input.person.maskedIdentityNumber) },
    ...(input.receipt ? [{ label: '部门登记号', value: input.receipt }] : []),
    ...input.lines,
    ...(input.decisions.length ? [{ label: '审核情况', value: input.decisions.join('\n') }] : []),
    { label: '出具日期', value: chineseDate(input.issuedAt) },
  ];
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
