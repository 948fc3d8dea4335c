/**
 * Webhooks in tests never leave the machine: names are answered by a resolver the test writes
 * (nothing asks DNS), and the transport refuses — before any socket is opened — an address
 * outside 127.0.0.0/8, so a refusal that failed to refuse fails the test instead of sending.
 * Receivers are loopback HTTP servers that answer the verification challenge, then behave as
 * a test needs: accept, fail, hang, or answer without echoing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { verifyWebhook } from '../../webhooks/signature';
import { webhookSettingsFrom, type Resolver, type WebhookSettings } from '../../webhooks/settings';
import { httpTransport, type Transport } from '../../webhooks/transport';

export class NonLoopbackRequest extends Error {}

export interface GuardedTransport extends Transport {
  /** Requests in flight now, and the most there ever were at once — in all, and to any one endpoint (host and port). */
  readonly inFlight: number;
  readonly maxInFlight: number;
  readonly maxInFlightPerEndpoint: number;
  /** Every address a request was (or would have been) sent to. */
  readonly addresses: string[];
}

/** The real transport behind a guard: anything but 127.0.0.0/8 throws before a socket exists. */
export function loopbackOnly(inner: Transport = httpTransport): GuardedTransport {
  let inFlight = 0;
  let maxInFlight = 0;
  let maxInFlightPerEndpoint = 0;
  const perEndpoint = new Map<string, number>();
  const addresses: string[] = [];
  const guarded = (async (request) => {
    addresses.push(request.endpoint.address);
    if (!/^127\.\d+\.\d+\.\d+$/.test(request.endpoint.address)) {
      throw new NonLoopbackRequest(`test transport refused to contact ${request.endpoint.address}`);
    }
    const endpoint = request.endpoint.url.host;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    perEndpoint.set(endpoint, (perEndpoint.get(endpoint) ?? 0) + 1);
    maxInFlightPerEndpoint = Math.max(maxInFlightPerEndpoint, perEndpoint.get(endpoint)!);
    try {
      return await inner(request);
    } finally {
      inFlight -= 1;
      perEndpoint.set(endpoint, perEndpoint.get(endpoint)! - 1);
    }
  }) as Transport;
  return Object.defineProperties(guarded, {
    inFlight: { get: () => inFlight },
    maxInFlight: { get: () => maxInFlight },
    maxInFlightPerEndpoint: { get: () => maxInFlightPerEndpoint },
    addresses: { get: () => addresses },
  }) as GuardedTransport;
}

/** Answers the names given (and `localhost`), and nothing else, without any network. */
export function fakeResolver(names: Record<string, string[]> = {}): Resolver {
  const table: Record<string, string[]> = { localhost: ['127.0.0.1'], ...names };
  return async (host) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** The local default's rules (loopback receivers allowed), with the test resolver and the guarded transport. */
export function testWebhookSettings(overrides: Partial<WebhookSettings> = {}): WebhookSettings {
  return { ...webhookSettingsFrom({ WEBHOOK_ALLOWED_HOSTS: ['127.0.0.1', 'localhost'] }, true), resolve: fakeResolver(), transport: loopbackOnly(), ...overrides };
}

export type ReceiverMode = 'accept' | 'fail' | 'hang' | 'no-echo';

export interface Received {
  path: string;
  event: string;
  deliveryId: string;
  signed: boolean;
  answered: number;
  body: Record<string, any>;
}

/**
 * A loopback receiver. Verification requests are answered with the challenge (unless the path's
 * mode is `no-echo`); deliveries as the path's mode says (`accept` unless set), or by `answers`
 * for the next few. Secrets by path check signatures.
 */
export class Receiver {
  readonly received: Received[] = [];
  readonly secrets = new Map<string, string>();
  readonly modes = new Map<string, ReceiverMode>();
  /** Statuses for the next deliveries, before `mode` applies again. */
  answers: number[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        const mode = this.modes.get(path) ?? 'accept';
        if (mode === 'hang') return;
        const raw = Buffer.concat(chunks).toString();
        const body = JSON.parse(raw);
        const event = String(request.headers['x-yijianshi-event']);
        const signed = verifyWebhook(this.secrets.get(path) ?? '', String(request.headers['x-yijianshi-timestamp']), raw, String(request.headers['x-yijianshi-signature']));
        if (event === 'endpoint.verification') {
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ challenge: mode === 'no-echo' ? 'wrong' : body.challenge }));
          return;
        }
        const answered = this.answers.shift() ?? (mode === 'fail' ? 503 : 200);
        this.received.push({ path, event, deliveryId: String(request.headers['x-yijianshi-delivery']), signed, answered, body });
        response.writeHead(answered).end();
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Connections open now (a hanging receiver keeps each request's). */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Deliveries answered 2xx at a path. */
  accepted(path: string): Received[] {
    return this.received.filter((request) => request.path === path && request.answered < 300);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}
