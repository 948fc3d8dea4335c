/**
 * One error shape for every 4xx: a code, a bilingual message and, for invalid input, every
 * field problem at once. Unexpected errors answer a bare 500 with the request id; details go
 * to the log only.
 */
import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db/client';
import { problem } from '../schemas/matter';

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

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send({ error: error.code, message: error.message, problems: error.problems, requestId: request.id });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const problems = error.validation.map((issue) => ({
        field: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'invalid',
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
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (malformed JSON, wrong content type, body too large).
      return reply.code(error.statusCode).send({ error: error.code ?? 'bad_request', message: error.message, requestId: request.id });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: 'internal', message: '服务内部错误，请稍后重试 / internal error, please retry later', requestId: request.id });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `没有该资源 / no route ${request.method} ${request.url.split('?')[0]}`, requestId: request.id }),
  );
}
