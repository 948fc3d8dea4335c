/**
 * One error shape for every 4xx and 503: a code, a bilingual message and, for invalid input,
 * every field problem at once — whoever found the problem: a route, zod (its default messages
 * replaced by bilingual ones, `schemas/zod-messages.ts`), or fastify itself (malformed JSON, a
 * missing or unsupported content type, a body or path parameter too long, a malformed URL).
 * Unexpected errors answer a bare 500 with the request id; details go to the log only.
 */
import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db/client';
import { problem } from '../schemas/matter';
import { bilingualZodMessage } from '../schemas/zod-messages';

z.config({ customError: bilingualZodMessage });

export const errorBody = z.object({
  error: z.string().describe('machine-readable code'),
  message: z.string().describe('说明 / explanation'),
  problems: z.array(problem.required({ field: true })).optional().describe('每个字段的问题 / every field problem'),
  requestId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly problems?: { field: string; message: string }[],
  ) {
    super(message);
  }
}

export const invalidInput = (problems: { field: string; message: string }[]) =>
  new HttpError(400, 'invalid_input', '提交的内容有误，请逐项更正 / the request has problems, listed field by field', problems);

/** The limits fastify enforces before a route sees the request, stated once for the server and its document. */
export const requestLimits = {
  /** Bytes of a request body (the codec routes take more: a history's payloads). */
  bodyBytes: 2 * 1024 * 1024,
  /** Characters of one path parameter. */
  paramLength: 200,
} as const;

/** Fastify's own client errors, by its code, in the project's words. */
const fastifyErrors: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: '请求体不是有效的 JSON / the body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'empty_body', message: '内容类型为 application/json 时请求体不能为空 / a body of type application/json must not be empty' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length', message: '请求体长度与 Content-Length 不符 / the body does not match its Content-Length' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: '不支持该内容类型，请发送 application/json / unsupported content type: send application/json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: `请求体过大（上限 ${requestLimits.bodyBytes / 1024 / 1024} MiB） / the body is too large (at most ${requestLimits.bodyBytes / 1024 / 1024} MiB)` },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', message: `路径参数过长（上限 ${requestLimits.paramLength} 个字符） / a path parameter is too long (at most ${requestLimits.paramLength} characters)` },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url', message: '地址中有无效的编码 / the URL has an invalid escape' },
};

/** Words for a client error fastify raised without a code of its own (e.g. a forbidden `__proto__` key in JSON). */
const genericClientError = { status: 400, code: 'bad_request', message: '请求无效 / bad request' };

function sendError(request: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: code, message, requestId: request.id });
}

/** For fastify's `frameworkErrors` option: the errors it raises before routing (a malformed URL, a path parameter too long). */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = fastifyErrors[error.code] ?? genericClientError;
  // These answers skip the hooks, so the request id that every other answer carries in its header is set here.
  reply.header('x-request-id', request.id);
  return sendError(request, reply, known.status, known.code, known.message);
}

/** A route's path segment as a regular expression: a parameter (with its own pattern, if it has one), the wildcard, or itself. */
function segmentPattern(segment: string): string {
  const parameter = /^:\w+(?:\((.*)\))?$/.exec(segment);
  if (parameter) return parameter[1] ? `(?:${parameter[1].replace(/^\^/, '').replace(/\$$/, '')})` : '[^/]+';
  return segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every method the app serves at a path, so a wrong method on a known path answers 405 and says
 * which are right. Where a path matches routes of different shapes (`/calendar/health` and
 * `/calendar/:year`), the most literal ones answer for it, as they do in the router and the document.
 */
export class RouteTable {
  private readonly routes: { pattern: RegExp; variables: number; method: string }[] = [];

  add(methods: string | string[], url: string): void {
    const segments = url.split('/');
    const pattern = new RegExp(`^${segments.map(segmentPattern).join('/')}$`);
    const variables = segments.filter((segment) => segment.startsWith(':') || segment === '*').length;
    for (const method of [methods].flat()) this.routes.push({ pattern, variables, method });
  }

  allowed(path: string): string[] {
    const matching = this.routes.filter((route) => route.pattern.test(path));
    const literal = Math.min(...matching.map((route) => route.variables));
    return [...new Set(matching.filter((route) => route.variables === literal).map((route) => route.method))].sort();
  }
}

/** No route for the method and path: 405 with `Allow` when the path is served by other methods, otherwise 404. */
function unrouted(routes: RouteTable, request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '/';
  const allowed = routes.allowed(path);
  if (allowed.length > 0 && !allowed.includes(request.method)) {
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send({ error: 'method_not_allowed', message: `该地址不支持 ${request.method}，可用：${allowed.join(', ')} / ${request.method} is not allowed here; allowed: ${allowed.join(', ')}`, requestId: request.id });
  }
  return sendError(request, reply, 404, 'not_found', `没有该资源 / no route ${request.method} ${path}`);
}

export function installErrorHandler(app: FastifyInstance, routes: RouteTable): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A request no route takes fails its body checks first (a QUERY without a content type, bad JSON); what it needs to hear is that no route takes it.
    if (request.is404) return unrouted(routes, request, reply);
    if (error instanceof HttpError) {
      if (error.statusCode === 503) reply.header('retry-after', '5');
      return reply.code(error.statusCode).send({ error: error.code, message: error.message, problems: error.problems, requestId: request.id });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const problems = error.validation.map((issue) => ({
        field: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? '内容无效 / invalid value',
      }));
      const invalid = invalidInput(problems);
      return reply.code(400).send({ error: invalid.code, message: invalid.message, problems, requestId: request.id });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'PostgreSQL unavailable');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'database_unavailable', message: '数据库暂时不可用，请稍后重试 / the database is briefly unavailable, retry shortly', requestId: request.id });
    }
    if (error instanceof ServiceError || error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
      // Temporal is unreachable or the matter's workflow is briefly unable to take messages; the caller may retry.
      request.log.warn({ err: error }, 'Temporal temporarily unavailable');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'temporarily_unavailable', message: '办理系统暂时繁忙，请稍后重试 / the workflow service is busy, retry shortly', requestId: request.id });
    }
    const known = fastifyErrors[error.code];
    if (known) return sendError(request, reply, known.status, known.code, known.message);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, error.statusCode, genericClientError.code, genericClientError.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: 'internal', message: '服务内部错误，请稍后重试 / internal error, please retry later', requestId: request.id });
  });
  app.setNotFoundHandler((request, reply) => unrouted(routes, request, reply));
}
