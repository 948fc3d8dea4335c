/**
 * GET /api/v1/events — server-sent events of what the caller may see: matters' new states and certificates,
 * tasks arriving in or leaving their inbox (or claimed), notifications addressed to them. The
 * bearer token is checked as on every /api route, so browsers read it with fetch (EventSource
 * cannot send the header). The stream itself — replay, limits, live fan-out — is events/'s.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LiveEvents } from '../../events/live';
import { callerOf } from '../auth';
import { errorBody, HttpError } from '../errors';

const streamHeaders = z.looseObject({
  'last-event-id': z
    .string()
    .regex(/^\d{1,15}$/, 'Last-Event-ID 应为上次收到的事件编号 / Last-Event-ID is the id of the last event received')
    .optional()
    .describe('断线重连时上次收到的事件编号，从其后续传 / the last event id received: the stream resumes after it'),
});

const eventStream = {
  description: [
    'text/event-stream. Each event: `id:` (its place in the stream), `event:` and one line of JSON `data:` —',
    '`matter` {id, kind, status, stage, version, updatedAt} for matters the caller may see;',
    '`certificate` {matterId, kind, issuedAt} when a certificate of such a matter is issued (download it from the matter’s certificates);',
    '`task` {taskId, matterId, step, organisation, change: opened|closed|claimed|released} for the caller’s organisations and roles;',
    '`notification` {id, kind, matterId, title, createdAt} for notifications addressed to the caller;',
    '`reset` {reason: too-old|too-many|fell-behind}: refetch what is shown, then carry on (after fell-behind the server disconnects).',
    'A block with only `id:` moves the cursor; `: keepalive` comments come every 15 s; `retry:` says how soon to reconnect.',
  ].join(' '),
  // One server-sent event, as a client's parser hands it over.
  content: {
    'text/event-stream': {
      schema: z.object({
        id: z.string().optional().describe('事件编号，重连时作 Last-Event-ID / the event id, sent back as Last-Event-ID on reconnect'),
        event: z.enum(['matter', 'certificate', 'task', 'notification', 'reset']).optional(),
        data: z.string().optional().describe('一行 JSON / one line of JSON'),
        retry: z.number().int().optional().describe('重连等待毫秒数 / milliseconds to wait before reconnecting'),
      }),
    },
  },
};

export const eventRoutes: FastifyPluginAsyncZod<{ live: LiveEvents }> = async (app, { live }) => {
  app.get(
    '/api/v1/events',
    {
      schema: {
        tags: ['events'],
        summary: '实时事件流 / server-sent events of what the caller may see, resumable with Last-Event-ID',
        description: `Resumes after \`Last-Event-ID\` within the last ${live.limits.replayWindowMs / 3_600_000} h and ${live.limits.replayMax} events; at most ${live.limits.streamsPerLogin} streams per login on one server (429 beyond); a stream ends after ${live.limits.maxLifetimeMs / 60_000} min, to be reopened with the current token.`,
        headers: streamHeaders,
        produces: ['text/event-stream', 'application/json'],
        response: { 200: eventStream, 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const lastEventId = request.headers['last-event-id'];
      const session = live.open(callerOf(request), reply.raw, lastEventId === undefined ? undefined : Number(lastEventId));
      if (!session) {
        throw new HttpError(429, 'too_many_streams', `同一账号同时打开的事件流已达上限 ${live.limits.streamsPerLogin} 个 / at most ${live.limits.streamsPerLogin} open streams per login`);
      }
      // From here the response is the stream's: fastify neither serialises nor ends it.
      reply.hijack();
      // The security headers set on the reply, which a hijacked reply does not send by itself.
      const headers = Object.fromEntries(Object.entries(reply.getHeaders()).map(([name, value]) => [name, String(value)]));
      await session.start({ ...headers, 'x-request-id': request.id });
    },
  );
};
