/**
 * The one network call a webhook makes: a POST to the address the endpoint check approved.
 * The request names the host (Host header, TLS server name and certificate check) but its
 * socket goes to that address — the `lookup` answers it without asking DNS again. Redirects
 * are answers like any other non-2xx (never followed), and at most a few KB of the answer
 * are read, so a hostile receiver can neither steer us elsewhere nor fill our memory.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

/** Where a request goes: the URL it names, and the address (checked) its socket connects to. */
export interface ConnectTarget {
  url: URL;
  address: string;
  family: 4 | 6;
}

export interface TransportRequest {
  endpoint: ConnectTarget;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface TransportResponse {
  status: number;
  /** The first `maxAnswerBytes` of the answer, as text. */
  body: string;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

const maxAnswerBytes = 4096;

export const httpTransport: Transport = ({ endpoint, headers, body, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const pinned: LookupFunction = (_host, options, callback) => {
      if (options.all) callback(null, [{ address: endpoint.address, family: endpoint.family }]);
      else callback(null, endpoint.address, endpoint.family);
    };
    const client = endpoint.url.protocol === 'https:' ? https : http;
    const request = client.request(endpoint.url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: pinned,
      // A fresh connection per request: a pooled socket would outlive the check that approved it.
      agent: false,
      signal: AbortSignal.timeout(timeoutMs),
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        response.destroy();
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, maxAnswerBytes) });
      };
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= maxAnswerBytes) finish();
      });
      response.on('end', finish);
      response.on('error', finish);
    });
    request.on('error', (error) => reject(error.name === 'AbortError' ? new Error(`no answer within ${timeoutMs / 1000} s`) : error));
    request.end(body);
  });
