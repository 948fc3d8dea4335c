/**
 * What a file is, judged from its bytes (its magic numbers, by `file-type`) — never from its name
 * or the media type the client claims, which anyone can set: a program renamed `offer.pdf` is
 * still a program.
 */
import { fileTypeFromBuffer } from 'file-type';
import { materialFileTypes, type MaterialFileType } from '../schemas/materials';

export type Judgement = { accepted: true; kind: MaterialFileType; mediaType: (typeof materialFileTypes)[MaterialFileType] } | { accepted: false; found: string };

const kindOfExtension: Record<string, MaterialFileType> = { pdf: 'pdf', jpg: 'jpeg', png: 'png' };

export async function judgeFileType(bytes: Buffer): Promise<Judgement> {
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected && kindOfExtension[detected.ext];
  // file-type answers image/jpeg and application/pdf for these; anything else under the same extension is refused.
  if (kind && detected.mime === materialFileTypes[kind]) return { accepted: true, kind, mediaType: materialFileTypes[kind] };
  return { accepted: false, found: detected ? `${detected.ext} (${detected.mime})` : 'unknown' };
}
