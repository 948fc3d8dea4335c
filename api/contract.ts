/**
 * The contract exact: every route's document declares every status it can answer with. A route
 * states what its own logic answers (403, 404, 409, 422 …); what follows from the route's shape
 * is added here, for every route alike — 400 for input a schema checks or a body that is not
 * JSON, 401 behind sign-in, 404 and 414 for a path parameter, 413 and 415 for a body, 429 for a
 * rate limit, 503 when the server sheds load — each with the one error envelope and a
 * description stating the limit. The same hook learns every path's methods, for the 405.
 * One rule holds for every string a request carries: no NUL character (U+0000), which PostgreSQL
 * cannot store — refused here field by field, and stated in the document on every string.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorBody, invalidInput, requestLimits, type RouteTable } from './errors';

const described = (description: string) => errorBody.describe(description);

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Probes and the metrics scrape answer even under pressure: a busy server is not a dead one. */
export const unsheddable = new Set(['/healthz', '/readyz', '/metrics']);

type Schema = { response?: Record<string | number, unknown>; body?: unknown; querystring?: unknown; params?: unknown; headers?: unknown; hide?: boolean };

const nulMessage = '不能含空字符 (U+0000) / must not contain the NUL character (U+0000)';

/** Where a parsed request carries a NUL character, in a value or a key, as problem fields. */
function nulFields(value: unknown, at: string, found: string[]): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(at);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulFields(item, `${at}.${index}`, found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push(at);
      nulFields(item, `${at}.${key}`, found);
    }
  }
  return found;
}

/** Every string of a request schema in the document says it too: `not: {pattern: "\u0000"}`. */
function forbidNul(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(forbidNul);
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Record<string, unknown>;
  const types = [node.type].flat();
  if (types.includes('string') && !('enum' in node) && !('const' in node) && !('not' in node)) node.not = { pattern: '\\u0000' };
  for (const [key, child] of Object.entries(node)) if (key !== 'not') forbidNul(child);
}

/** The swagger transform: zod's JSON Schema, with the NUL rule on the request's strings. */
export const documentTransform: typeof jsonSchemaTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const schema = transformed.schema as Schema;
  for (const part of [schema.body, schema.querystring, schema.params, schema.headers]) forbidNul(part);
  return transformed;
};

export function declareContract(app: FastifyInstance, routes: RouteTable): void {
  app.addHook('preHandler', async (request) => {
    const found = [...nulFields(request.params, 'params', []), ...nulFields(request.query, 'querystring', []), ...nulFields(request.body, 'body', [])];
    if (found.length > 0) throw invalidInput(found.map((field) => ({ field, message: nulMessage })));
  });
  app.addHook('onRoute', (route: RouteOptions) => {
    routes.add(route.method, route.url);
    if (!route.schema) return;
    const schema = route.schema as Schema;
    const methods = [route.method].flat().map((method) => method.toUpperCase());
    const hasParams = route.url.includes(':') || route.url.includes('*');
    const takesBody = methods.some((method) => bodyMethods.has(method));
    const signedIn = route.url.startsWith('/api/') && !route.config?.public;
    const limited = Boolean((route.config as { rateLimit?: unknown } | undefined)?.rateLimit);
    const add: Record<number, unknown> = {};
    if (schema.body || schema.querystring || schema.params || schema.headers || takesBody) {
      add[400] = described('请求无效：逐项列出问题 / invalid request: every problem listed, field by field');
    }
    if (signedIn) add[401] = described('缺少或无效的访问令牌 / no valid bearer token');
    if (hasParams) {
      add[404] = described('没有该资源，或无权查看 / no such resource, or not yours to see');
      add[414] = described(`路径参数超过 ${requestLimits.paramLength} 个字符 / a path parameter longer than ${requestLimits.paramLength} characters`);
    }
    if (takesBody) {
      add[413] = described(`请求体超过上限（${requestLimits.bodyBytes / 1024 / 1024} MiB，另有说明的除外） / a body over the limit (${requestLimits.bodyBytes / 1024 / 1024} MiB unless stated otherwise)`);
      add[415] = described('内容类型不受支持 / an unsupported content type');
    }
    if (limited) add[429] = described('请求过于频繁，见 Retry-After / too many requests: see Retry-After');
    if (!unsheddable.has(route.url)) add[503] = described('服务繁忙或依赖暂不可用，见 Retry-After / the server is shedding load or a dependency is down: see Retry-After');
    if (Object.keys(add).length > 0) schema.response = { ...add, ...schema.response };
  });
}
