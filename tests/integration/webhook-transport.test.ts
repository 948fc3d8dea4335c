/**
 * The one network call, against loopback servers: it connects to the address the check
 * approved while naming the host, does not follow a redirect, gives up on a receiver that
 * never answers, reads no more than a few KB of an answer, and reports a refused connection.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSigned } from '../../webhooks/send';
import { fakeResolver, loopbackOnly, testWebhookSettings } from '../support/webhooks';

const requests: { path: string; host: string }[] = [];
const sockets = new Set<Socket>();
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', host: String(request.headers.host) });
    if (request.url === '/hang') return;
    if (request.url === '/redirect') return void response.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end();
    if (request.url === '/big') return void response.writeHead(200).end('x'.repeat(1_000_000));
    response.writeHead(200).end('ok');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const settings = testWebhookSettings({
  allowedHosts: ['127.0.0.1', 'receiver.example.org'],
  resolve: fakeResolver({ 'receiver.example.org': ['127.0.0.1'] }),
  transport: loopbackOnly(),
  requestTimeoutMs: 500,
});
const send = (path: string, host = '127.0.0.1') => sendSigned(settings, { url: `http://${host}:${port}${path}`, secret: 's' }, { id: 'delivery-1', type: 'matter.status', body: '{}' });

describe('the webhook transport', () => {
  it('connects to the checked address and names the host, without asking DNS again', async () => {
    expect(await send('/named', 'receiver.example.org')).toMatchObject({ ok: true, status: 200, body: 'ok' });
    expect(requests.find((request) => request.path === '/named')?.host).toBe(`receiver.example.org:${port}`);
  });

  it('does not follow a redirect: a 3xx is a failed attempt', async () => {
    expect(await send('/redirect')).toMatchObject({ ok: false, refused: false, error: 'HTTP 302' });
    expect(requests.map((request) => request.path)).not.toContain('/elsewhere');
  });

  it('gives up on a receiver that accepts and never answers', async () => {
    expect(await send('/hang')).toMatchObject({ ok: false, error: expect.stringContaining('no answer within 0.5 s') });
  });

  it('reads at most 4 KB of an answer', async () => {
    const sent = await send('/big');
    expect(sent.ok && sent.body.length).toBe(4096);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const sent = await sendSigned(settings, { url: `http://127.0.0.1:${closedPort}/`, secret: 's' }, { id: 'delivery-2', type: 'matter.status', body: '{}' });
    expect(sent).toMatchObject({ ok: false, error: expect.stringContaining('ECONNREFUSED') });
  });
});
