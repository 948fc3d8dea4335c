/**
 * What every response carries and what protects the server itself: security headers
 * (helmet's) with the one content security policy the console, Swagger UI and every
 * API answer share, and load shedding (@fastify/under-pressure): before the event loop drowns,
 * a request is answered 503 with the error envelope and Retry-After instead of queueing behind
 * the others. Probes and the metrics scrape are never shed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { unsheddable } from './contract';

/** antd styles its components with inline <style> elements; scripts, data and fonts stay same-origin. */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

export interface PressureLimits {
  /** Event-loop delay (ms) beyond which requests are shed. */
  maxEventLoopDelay: number;
  /** Seconds a shed client is asked to wait. */
  retryAfterSeconds: number;
}

/** Seconds a shed client is asked to wait (the delay itself is SHED_LOAD_EVENT_LOOP_DELAY_MS). */
export const shedRetryAfterSeconds = 10;

/** Without `limits` nothing is shed: a test that builds the app on a loaded machine sees its event loop seconds late. */
export async function installHttpHardening(app: FastifyInstance, limits?: PressureLimits): Promise<void> {
  const headers = securityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  if (!limits) return;
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelay,
    retryAfter: limits.retryAfterSeconds,
    pressureHandler: (request, reply) => {
      if (unsheddable.has(request.routeOptions.url ?? '')) return;
      request.log.warn('shedding load: the event loop is late');
      reply
        .code(503)
        .header('retry-after', String(limits.retryAfterSeconds))
        .send({ error: 'overloaded', message: `服务繁忙，请 ${limits.retryAfterSeconds} 秒后重试 / the server is overloaded, retry in ${limits.retryAfterSeconds} s`, requestId: request.id });
    },
  });
}

/**
 * helmet's headers, worked out once: they depend on the options only (no nonces), and building
 * helmet's middleware on every request, as its fastify plugin does, cost a read of the API a
 * tenth of its time.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    frameguard: { action: 'deny' },
    // The codec server answers Temporal UI on another origin (CORS); everything else is same-origin anyway.
    crossOriginResourcePolicy: { policy: 'same-site' },
  })({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}
