/**
 * The HTTP API: fastify with zod validation, OpenAPI generated from the same schemas,
 * request ids on every log line, and logs that never carry names or identity numbers.
 */
import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { DeferredChildLogger, requestLineWriter } from '../config/logger';
import type { CertificateKeys } from '../certificates/keys';
import type { DatabaseHandle } from '../db/client';
import { defaultRectificationWorkingDays } from '../schemas/rating';
import { PersonnelRegister } from '../register/store';
import type { PersonalDataVault } from '../vault/vault';
import { auditAnchoring } from '../observability/audit-anchor';
import { apiMetrics } from '../observability/metrics';
import { installRequestTracing } from '../observability/tracing';
import { deactivationCheck } from '../directory/deactivated';
import { EventHub } from '../events/hub';
import { LiveEvents } from '../events/live';
import { droppedInboxes, droppedMatterRow, KeptReads, keptInboxesOptions } from '../events/kept-reads';
import type { MatterState } from '../schemas/matter';
import type { Paged } from '../db/paging';
import type { Task } from '../db/tasks';
import { installAuthentication } from './auth';
import { declareContract, documentTransform } from './contract';
import { frameworkErrorHandler, installErrorHandler, requestLimits, RouteTable } from './errors';
import { installHttpHardening, type PressureLimits } from './http-hardening';
import { compiledSerializerCompiler } from './serialization';
import { MatterAccess } from './matter-access';
import { MatterService } from './matter-service';
import { RatingService } from './rating-service';
import { auditRoutes } from './routes/audit';
import { auditExportRoutes } from './routes/audit-export';
import { authRoutes, type AuthOptions } from './routes/auth';
import { calendarRoutes } from './routes/calendar';
import { certificateRoutes } from './routes/certificates';
import { CodecServer, type CodecServerOptions } from '../codec/server';
import { codecRoutes } from './routes/codec';
import { consoleDist, consoleRoutes } from './routes/console';
import { dashboardRoutes } from './routes/dashboard';
import { directoryRoutes } from './routes/directory';
import { eventRoutes } from './routes/events';
import { flowRoutes } from './routes/flow';
import { healthRoutes, type ReadinessProbes } from './routes/health';
import { localSignInRoutes } from './routes/local-sign-in';
import { oidcRoutes } from './routes/oidc';
import type { OidcClient } from '../auth/oidc';
import { matterFormRoutes } from './routes/matter-form';
import { materialMaxBytes, materialRoutes } from './routes/materials';
import { postgresMaterialContents, type MaterialContents } from '../materials/contents';
import { removeUnusedMaterials } from '../materials/store';
import { peopleRoutes } from './routes/people';
import { matterRoutes } from './routes/matters';
import { metricsRoutes } from './routes/metrics';
import { notificationRoutes } from './routes/notifications';
import { ratingRoutes } from './routes/ratings';
import { supervisionRoutes } from './routes/supervision';
import { taskRoutes } from './routes/tasks';
import { verifyRoutes } from './routes/verify';
import { webhookRoutes } from './routes/webhooks';
import { workflowLinkRoutes, type TemporalUi } from './routes/workflow-link';
import { webhookMetrics } from '../webhooks/metrics';
import { productionWebhookSettings, type WebhookSettings } from '../webhooks/settings';
import { Registry } from 'prom-client';

export interface ApiDependencies {
  client: Client;
  database: DatabaseHandle;
  logger: Logger;
  /** Opens the personal data of forms for those entitled to read them. */
  vault: PersonalDataVault;
  auth: AuthOptions;
  /** The codec server for Temporal UI; without it there are no /codec routes. */
  codecServer?: CodecServerOptions;
  /** Sign-in as a seeded person by name (`npm start` on the local secret only; never production). */
  localSignIn?: boolean;
  /** How subscriptions' endpoints are checked; production's rules unless given. */
  webhooks?: WebhookSettings;
  /** Where administrators open a matter's workflow; without it the API knows no address. */
  temporalUi?: TemporalUi;
  /** Sign-in through the identity provider (OIDC_ISSUER); without it there are no /api/v1/auth/oidc routes. */
  oidc?: OidcClient;
  /** Where uploaded materials' bytes are kept; PostgreSQL unless given. */
  materialContents?: MaterialContents;
  /** When to shed load (production: from SHED_LOAD_EVENT_LOOP_DELAY_MS); without it, never (tests on a loaded machine). */
  pressure?: PressureLimits;
  /** The published certificate keys and the public address; without them there is no public verification. */
  certificates?: { keys: CertificateKeys; publicBaseUrl: string };
  /** Working days a 差评's rectification has until its reply is due. */
  rectificationWorkingDays?: number;
}

/** How often each API process removes the materials no form uses (idempotent: replicas may overlap). */
const materialCleanUpMs = 3_600_000;

export async function buildApi({
  client,
  database,
  logger,
  vault,
  auth,
  codecServer,
  localSignIn,
  webhooks = productionWebhookSettings,
  temporalUi = { namespace: client.options.namespace },
  oidc,
  materialContents = postgresMaterialContents(database.db),
  pressure,
  certificates,
  rectificationWorkingDays,
}: ApiDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // One line per request, written when it is answered (below), instead of fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: (parent, bindings, options) => new DeferredChildLogger(parent as Logger, bindings, options),
    bodyLimit: requestLimits.bodyBytes,
    routerOptions: { maxParamLength: requestLimits.paramLength },
    frameworkErrors: frameworkErrorHandler,
    // A `__proto__` or `constructor.prototype` key is dropped rather than refused: the document lets objects carry other keys, and these are never read.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializerCompiler);
  installRequestTracing(app);
  const routes = new RouteTable();
  declareContract(app, routes);
  installErrorHandler(app, routes);
  await installHttpHardening(app, pressure);
  const accounts = deactivationCheck(database.db);
  installAuthentication(app, auth.verify, accounts);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const anchoring = auditAnchoring(database.db, app.log);
  app.addHook('onClose', async () => anchoring.stop());
  const metrics = apiMetrics(database.db, app.log, anchoring);
  const requestLine = requestLineWriter(logger);
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the URL: one series per route, and no ids or tokens in label values.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest({ method: request.method, route, status: reply.statusCode }, reply.elapsedTime / 1000);
    requestLine({ reqId: request.id, method: request.method, url: request.url, statusCode: reply.statusCode, responseTime: reply.elapsedTime });
    done();
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yijianshi 一件事 API',
        description: `事业单位人事管理“一件事”: one form, parallel handling by every department, progress at every moment.\n\nEvery error answers \`{error, message, problems?, requestId}\` (messages 中文 / English). Limits: request bodies up to ${requestLimits.bodyBytes / 1024 / 1024} MiB (413 beyond), path parameters up to ${requestLimits.paramLength} characters (414 beyond); a wrong method on a known path answers 405 with \`Allow\`; a server shedding load answers 503 with \`Retry-After\`.`,
        version: '1.0.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: documentTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const probes: ReadinessProbes = {
    temporal: async () => void (await client.workflowService.getSystemInfo({})),
    postgres: async () => void (await database.pool.query('select 1')),
  };
  await app.register(healthRoutes, { probes });
  const hub = new EventHub(database.db, database.pool.options, app.log);
  const projection = new KeptReads<MatterState | undefined>(hub, droppedMatterRow);
  const inboxes = new KeptReads<Paged<Task>>(hub, droppedInboxes, keptInboxesOptions);
  const matters = new MatterService(client, database.db, app.log, { matters: projection, inboxes });
  const access = new MatterAccess(database.db, matters);
  await app.register(authRoutes, { db: database.db, ...auth });
  if (localSignIn) await app.register(localSignInRoutes, auth);
  if (oidc) await app.register(oidcRoutes, { oidc, db: database.db, settings: auth.settings, ttlSeconds: auth.ttlSeconds });
  await app.register(fastifyMultipart, { limits: { fileSize: materialMaxBytes, files: 1, fields: 0 } });
  await app.register(materialRoutes, { db: database.db, contents: materialContents });
  const cleanUp = setInterval(() => {
    removeUnusedMaterials(database.db, materialContents, new Date()).then(
      (removed) => removed.length > 0 && app.log.info({ removed: removed.length }, 'unused materials removed'),
      (error: unknown) => app.log.warn({ err: error }, 'removing unused materials failed; retried at the next round'),
    );
  }, materialCleanUpMs);
  cleanUp.unref();
  app.addHook('onClose', async () => clearInterval(cleanUp));
  const register = new PersonnelRegister(database.db, vault);
  await app.register(matterRoutes, { matters, db: database.db, access, register });
  await app.register(peopleRoutes, { db: database.db, register, vault });
  await app.register(certificateRoutes, { db: database.db, access });
  if (certificates) await app.register(verifyRoutes, { db: database.db, ...certificates });
  await app.register(flowRoutes, { access });
  await app.register(matterFormRoutes, { db: database.db, access, vault });
  await app.register(ratingRoutes, { db: database.db, access, ratings: new RatingService(client, database.db, rectificationWorkingDays ?? defaultRectificationWorkingDays) });
  await app.register(metricsRoutes, { registry: Registry.merge([metrics.registry, webhookMetrics(database.db, app.log)]) });
  if (codecServer) await app.register(codecRoutes, { codec: new CodecServer(codecServer) });
  await app.register(calendarRoutes, { db: database.db });
  await app.register(supervisionRoutes, { db: database.db, vault });
  await app.register(dashboardRoutes, { db: database.db });
  await app.register(auditRoutes, { db: database.db, access });
  await app.register(auditExportRoutes, { db: database.db });
  await app.register(workflowLinkRoutes, { db: database.db, temporalUi });
  await app.register(webhookRoutes, { db: database.db, client, settings: webhooks });
  await app.register(taskRoutes, { db: database.db, inboxes });
  await app.register(directoryRoutes, { db: database.db, accounts });
  await app.register(consoleRoutes, { dist: consoleDist });
  const live = new LiveEvents({ db: database.db, hub, log: app.log, isDeactivated: (login) => accounts.isDeactivated(login) });
  // Streams end before the server stops accepting (its close waits for open responses); the hub goes last.
  app.addHook('preClose', async () => live.endStreams());
  app.addHook('onClose', async () => {
    projection.close();
    inboxes.close();
    await live.close();
  });
  await app.register(eventRoutes, { live });
  await app.register(notificationRoutes, { db: database.db });
  return app;
}
