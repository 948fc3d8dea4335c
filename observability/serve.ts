/**
 * The process-wide metrics over plain HTTP, for a process without the API: a production
 * worker counts closed matters and department failures, and Prometheus scrapes it here.
 */
import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';
import { processMetrics } from './metrics';

export async function serveMetrics(bindAddress: string, registry: Registry = processMetrics): Promise<Server> {
  const at = bindAddress.lastIndexOf(':');
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') return void response.writeHead(404).end();
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(bindAddress.slice(at + 1)), bindAddress.slice(0, at), resolve);
  });
  return server;
}
