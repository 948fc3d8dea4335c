/**
 * The process environment, validated once at start-up: a wrong value stops the process
 * with a message naming the variable instead of failing later somewhere deep.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { defaultRectificationWorkingDays } from '../schemas/rating';
import { defaultNamespace } from '../temporal.config';

/** The directory of package.json: the checkout when run from the sources, the same when compiled into dist/ (or an image's /app). */
export const projectRoot = packageRoot(import.meta.dirname);

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/**
 * The matter workflows a worker process keeps by default. The SDK's own default grows with the
 * heap (2,300 on a 4 GiB heap, reckoning 1.7 MB each), but each matter workflow holds its own
 * instance of every bundled module, about 6 MB: with 400 kept, 2,000 open matters took a worker
 * past 3 GiB, beyond production's 2 GiB limit, for workflows that move a few times a day; with
 * 100 kept, 1.1–1.2 GiB. Fifty keeps the matters moving at one time (the benchmark's 50 in
 * flight) and a worker near 0.9 GiB.
 */
export const defaultCachedMatters = 50;

/** Known to everyone who has the code: it lets `npm run token` work on any clone, and production refuses it. */
export const localAuthSecret = 'yijianshi-local-development-secret-not-for-production';

const durationUnitMs = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

const port = z.coerce.number().int().min(1).max(65535);
const listenAddressOrOff = z.union([z.literal('off'), z.string().regex(/^[^\s:]+:\d+$/, 'host:port or off')]);

const envSchema = z.object({
  HOST: z.string().min(1).default('localhost').describe('address the API listens on'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('API port (0: any free port)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default(resolve(projectRoot, '.data')).describe('local data: Temporal file database, codec keys, PostgreSQL when not root'),
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d+$/, 'host:port').optional().describe('an existing Temporal cluster; no dev server is started'),
  TEMPORAL_NAMESPACE: z.string().min(1).default(defaultNamespace),
  // Temporal's own names for these, which its CLI and SDKs read too, so one environment configures the worker, the API and `temporal`.
  TEMPORAL_TLS: z.stringbool().optional().describe('connect to Temporal over TLS; implied by any TEMPORAL_TLS_* setting or TEMPORAL_API_KEY'),
  TEMPORAL_TLS_CLIENT_CERT_PATH: z.string().min(1).optional().describe('client certificate (PEM file) for mutual TLS'),
  TEMPORAL_TLS_CLIENT_CERT_DATA: z.string().min(1).optional().describe('client certificate, the PEM itself'),
  TEMPORAL_TLS_CLIENT_KEY_PATH: z.string().min(1).optional().describe("the client certificate's private key (PEM file)"),
  TEMPORAL_TLS_CLIENT_KEY_DATA: z.string().min(1).optional().describe("the client certificate's private key, the PEM itself"),
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: z.string().min(1).optional().describe("CA the frontend's certificate is checked against (PEM file); default: the system's"),
  TEMPORAL_TLS_SERVER_CA_CERT_DATA: z.string().min(1).optional().describe("CA the frontend's certificate is checked against, the PEM itself"),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional().describe("the name the frontend's certificate must carry, when not the address's host"),
  TEMPORAL_API_KEY: z.string().min(1).optional().describe('API key for Temporal Cloud (sent as a bearer token, over TLS)'),
  TEMPORAL_PORT: port.default(7233).describe('dev server gRPC port'),
  TEMPORAL_UI_PORT: port.default(8233).describe('dev server UI port'),
  TEMPORAL_UI_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("where administrators open Temporal UI (the console links each matter's workflow there); default: the dev server's UI under npm start, none otherwise"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional().describe('an existing PostgreSQL; none is started'),
  PG_PORT: port.default(54329).describe('embedded PostgreSQL port'),
  OFFICE_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM-HH:MM')
    .default('09:00-17:30')
    .transform((value) => ({ opens: value.slice(0, 5), closes: value.slice(6) }))
    .describe('office hours in Asia/Shanghai: deadlines fall due at the close'),
  PG_DATA_DIR: z.string().min(1).optional().describe('embedded PostgreSQL data; default .data/postgres, or /var/lib/yijianshi/… as root'),
  CODEC_KEYS: z.string().min(1).optional().describe('"keyId:base64Key,…": the first seals, all open'),
  DATA_KEYS: z
    .string()
    .min(1)
    .optional()
    .describe('"keyId:base64Key,…": key-encryption keys of personal data at rest, the first wraps new data keys, all unwrap; default: generated into .data/data-keys (required in production)'),
  BLIND_INDEX_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('base64 of 256 bits: the HMAC key of the blind index persons are looked up by; default: generated into .data/blind-index-key (required in production)'),
  CODEC_ADMIN_TOKENS: list(z.string().min(16, 'codec admin tokens are at least 16 characters'))
    .optional()
    .describe('bearer tokens of the administrators who may use /codec; default: one generated into .data/codec-admin-token'),
  CODEC_CORS_ORIGINS: list(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin: scheme://host[:port], no path'))
    .optional()
    .describe('Temporal UI origins allowed to call /codec; default: the local dev UI when npm start runs it, none otherwise ("" for none)'),
  SHED_LOAD_EVENT_LOOP_DELAY_MS: z
    .union([z.literal('off'), z.coerce.number().int().min(10)])
    .optional()
    .describe(
      'mean event-loop delay (ms) beyond which the API answers 503 with Retry-After instead of queueing more work; "off" for never (a loop blocked for a whole one-second sample counts as infinitely late, whatever the figure); default 1000 for `npm run api`, off under `npm start`',
    ),
  WORKER_METRICS_ADDRESS: listenAddressOrOff
    .default('127.0.0.1:9464')
    .describe("where the Temporal worker's own Prometheus metrics are served"),
  WORKER_APP_METRICS_ADDRESS: listenAddressOrOff
    .default('127.0.0.1:9465')
    .describe('where a standalone worker (npm run worker) serves the business counters it increments'),
  WORKER_CACHED_MATTERS: z.coerce
    .number()
    .int()
    .min(2)
    .default(defaultCachedMatters)
    .describe(
      'matter workflows a worker process keeps in memory between their steps (about 6 MB each: the SDK gives each its own instance of every bundled module); a matter not kept is replayed from its history when it next moves, in milliseconds. Bounds the worker’s memory however many matters are open',
    ),
  WORKER_PROMOTE: z
    .stringbool()
    .default(true)
    .describe("whether `npm run worker` makes its workflows' version the current one once it polls (false: the operator promotes it)"),
  AUTH_SECRET: z
    .string()
    .min(32, 'at least 32 characters')
    .default(localAuthSecret)
    .describe('HS256 secret the API verifies bearer tokens with (and `npm run token` signs with); the default is for the local machine only'),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional().describe("the identity provider's JWKS: tokens are verified against it instead of AUTH_SECRET"),
  AUTH_ISSUER: z.string().min(1).default('yijianshi').describe('the iss tokens must carry'),
  AUTH_AUDIENCE: z.string().min(1).default('yijianshi-api').describe('the aud tokens must carry'),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional().describe('the OpenID provider people sign in to the console through (its issuer URL; discovery at …/.well-known/openid-configuration)'),
  OIDC_CLIENT_ID: z.string().min(1).optional().describe("the console's client id at the OpenID provider"),
  OIDC_CLIENT_SECRET: z.string().min(1).optional().describe('the client secret, for a confidential client; without it the client is public (PKCE)'),
  OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional().describe("this API's callback as registered at the provider: https://<host>/api/v1/auth/oidc/callback"),
  OIDC_POST_LOGOUT_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional().describe("where the provider sends the browser after signing out; default the console's sign-in page beside OIDC_REDIRECT_URL"),
  OIDC_SCOPES: z.string().regex(/^openid( [\w:.-]+)*$/, 'space-separated scopes starting with openid').default('openid profile').describe('the scopes asked for'),
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(8 * 3600).describe('lifetime of the tokens the API issues to service accounts'),
  WEBHOOK_ALLOWED_HOSTS: list(z.string().regex(/^[^\s/@]+$/, 'a host name or IP address'))
    .optional()
    .describe('hosts webhooks may reach although they are loopback or private (local receivers, tests); default 127.0.0.1,localhost,::1 under npm start, none otherwise'),
  WEBHOOK_REQUIRE_HTTPS: z.stringbool().optional().describe('only https webhook endpoints; default true when NODE_ENV=production'),
  WEBHOOK_DISABLE_AFTER: z
    .string()
    .regex(/^\d+[smhd]$/, 'a duration such as 90s, 30m, 24h or 2d')
    .transform((value) => Number(value.slice(0, -1)) * durationUnitMs[value.at(-1) as keyof typeof durationUnitMs])
    .optional()
    .describe('how long an endpoint may keep failing before its subscription is disabled (milliseconds once parsed); default 24h'),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('where the public reaches the API (scheme://host[:port]); printed into certificates’ QR codes; default: the API’s own address'),
  CERTIFICATE_SIGNING_KEYS: z
    .string()
    .min(1)
    .optional()
    .describe('"keyId:base64 PKCS#8,…" Ed25519 keys: the first signs certificates, all are published; default: one generated into .data/certificate-keys'),
  CERTIFICATE_PUBLIC_KEYS: z.string().min(1).optional().describe('"keyId:base64 SPKI,…" Ed25519 public keys published besides: retired keys, or all a verifying API replica needs'),
  RECTIFICATION_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(defaultRectificationWorkingDays).describe('working days a 差评 rectification has until its reply is due'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional().describe('an OTLP/HTTP (protobuf) collector, e.g. http://localhost:4318: traces are sent there; none when unset'),
  OTEL_SERVICE_NAME: z.string().min(1).default('yijianshi').describe('service.name on every span'),
  NODE_ENV: z.string().optional(),
}).refine((env) => env.NODE_ENV !== 'production' || env.AUTH_SECRET !== localAuthSecret, {
  path: ['AUTH_SECRET'],
  // Even beside a JWKS: service accounts' tokens are HS256 on it, and anyone can read the default.
  message: 'production needs its own AUTH_SECRET, not the local default',
}).superRefine((env, context) => {
  if (env.NODE_ENV === 'production') {
    // A key generated on one machine would sign certificates no other replica publishes; a default address would be printed on paper.
    if (!env.CERTIFICATE_SIGNING_KEYS && !env.CERTIFICATE_PUBLIC_KEYS) context.addIssue({ code: 'custom', path: ['CERTIFICATE_SIGNING_KEYS'], message: 'production needs its certificate keys configured' });
    if (!env.PUBLIC_BASE_URL) context.addIssue({ code: 'custom', path: ['PUBLIC_BASE_URL'], message: 'production needs the public address certificates point to' });
    // A generated key in a container's file system would make the data unreadable at the next deploy.
    for (const setting of ['DATA_KEYS', 'BLIND_INDEX_KEY'] as const) {
      if (!env[setting]) context.addIssue({ code: 'custom', path: [setting], message: `production needs ${setting}: personal data at rest is encrypted with it` });
    }
  }
  const shared = sharedKeyMaterial(env);
  if (shared) context.addIssue({ code: 'custom', path: [shared], message: `${shared} must not reuse a key of another setting: each key protects one thing` });
  for (const item of ['CLIENT_CERT', 'CLIENT_KEY', 'SERVER_CA_CERT'] as const) {
    if (env[`TEMPORAL_TLS_${item}_PATH`] && env[`TEMPORAL_TLS_${item}_DATA`]) {
      context.addIssue({ code: 'custom', path: [`TEMPORAL_TLS_${item}_DATA`], message: `give TEMPORAL_TLS_${item}_PATH or TEMPORAL_TLS_${item}_DATA, not both` });
    }
  }
  if (env.OIDC_ISSUER) {
    for (const needed of ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URL'] as const) {
      if (!env[needed]) context.addIssue({ code: 'custom', path: [needed], message: `OIDC_ISSUER needs ${needed}` });
    }
  }
  const hasCert = Boolean(env.TEMPORAL_TLS_CLIENT_CERT_PATH || env.TEMPORAL_TLS_CLIENT_CERT_DATA);
  const hasKey = Boolean(env.TEMPORAL_TLS_CLIENT_KEY_PATH || env.TEMPORAL_TLS_CLIENT_KEY_DATA);
  if (hasCert !== hasKey) {
    context.addIssue({ code: 'custom', path: [hasCert ? 'TEMPORAL_TLS_CLIENT_KEY_PATH' : 'TEMPORAL_TLS_CLIENT_CERT_PATH'], message: 'a client certificate needs its key, and a key its certificate' });
  }
  if (env.TEMPORAL_TLS === false && (hasCert || env.TEMPORAL_TLS_SERVER_CA_CERT_PATH || env.TEMPORAL_TLS_SERVER_CA_CERT_DATA || env.TEMPORAL_API_KEY)) {
    context.addIssue({ code: 'custom', path: ['TEMPORAL_TLS'], message: 'TEMPORAL_TLS=false contradicts the TLS settings or the API key given' });
  }
});

/** The first of DATA_KEYS and BLIND_INDEX_KEY whose key material also appears in an earlier key setting. */
function sharedKeyMaterial(env: { CODEC_KEYS?: string; DATA_KEYS?: string; BLIND_INDEX_KEY?: string }): 'DATA_KEYS' | 'BLIND_INDEX_KEY' | undefined {
  const materials = (spec: string | undefined) => (spec ?? '').split(',').map((part) => part.split(':').at(-1)?.trim()).filter((material): material is string => Boolean(material));
  const seen = new Set(materials(env.CODEC_KEYS));
  for (const setting of ['DATA_KEYS', 'BLIND_INDEX_KEY'] as const) {
    const mine = materials(env[setting]);
    if (mine.some((material) => seen.has(material))) return setting;
    mine.forEach((material) => seen.add(material));
  }
  return undefined;
}

/** A comma-separated variable as a list; an empty value is an empty list (to turn a default off). */
function list(item: z.ZodType<string, string>) {
  return z.string().transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean)).pipe(z.array(item));
}

export type Env = z.infer<typeof envSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`invalid configuration:\n${lines.join('\n')}`);
}
