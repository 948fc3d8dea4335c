/**
 * A material's file to POST /api/v1/materials, with the session's token and the upload's
 * progress — which fetch cannot report, so this one call goes through XMLHttpRequest. Errors are
 * ApiError with the API's body (415 and 413 name the problem at the field `file`).
 */
import type { ErrorBody, UploadedMaterial } from './contract';
import { ApiError } from './http';
import { session } from '../session/session';

export function uploadMaterial(file: File, unit: string | undefined, onProgress: (fraction: number) => void): Promise<UploadedMaterial> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', unit ? `/api/v1/materials?unit=${encodeURIComponent(unit)}` : '/api/v1/materials');
    const token = session.token();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) return resolve(request.response as UploadedMaterial);
      if (request.status === 401 && token) session.expire();
      reject(new ApiError(request.status, (request.response as ErrorBody | null) ?? undefined));
    };
    request.onerror = () => reject(new ApiError(0, undefined));
    const body = new FormData();
    body.append('file', file, file.name);
    request.send(body);
  });
}
