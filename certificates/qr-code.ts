/**
 * The QR code a certificate carries, drawn as vector squares so it prints sharp at any size.
 * Error correction M (15 %) survives a crease or a smudge while keeping the code of a signed URL
 * small enough to scan from a printed page.
 */
import QRCode from 'qrcode';

/** Draws `text` as a QR code `size` points wide at (x, y), with the quiet zone inside that square. */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quietZone = 4;
  const module = size / (modules.size + 2 * quietZone);
  const origin = { x: x + quietZone * module, y: y + quietZone * module };
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per run of dark modules: fewer, larger shapes and no hairline seams between them.
    for (let column = 0; column < modules.size; ) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      doc.rect(origin.x + start * module, origin.y + row * module, (column - start) * module, module);
    }
  }
  doc.fillColor('black').fill();
  doc.restore();
}
