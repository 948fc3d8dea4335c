/**
 * The API against its own document, by schemathesis (`--checks all`): every answer's status,
 * headers, content type and body as declared; data the document calls valid accepted, data it
 * calls invalid refused; a request without a token refused; a wrong method answered 405 with
 * `Allow`; and never a server error. Run against the live stack with a token per role — the
 * first with most roles, with a fixed seed and a random one; each other role with the fixed seed;
 * the administrator last, since it may change the directory the others sign in with.
 * Subscribing to webhooks is left out (tests/e2e/contract/schemathesis.toml says why). Reports
 * (JUnit XML, NDJSON) are kept under .artifacts/schemathesis/. First, the typed client generated
 * from the same document (clients/typescript) is checked against it and used.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config/env';
import { runSchemathesis, type SchemathesisRun } from '../../scripts/lib/schemathesis';
import { clientPackage, clientSchemaSource, committedClientSchema } from '../../scripts/lib/typed-client';
import type { OpenAPI3 } from 'openapi-typescript';
import { createYijianshiClient } from '../../clients/typescript/src/index';
import type { HireForm } from '../../schemas/forms/hire';
import { hireFormFor } from '../../samples/forms';
import { tokenFor } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

const reports = resolve(projectRoot, '.artifacts', 'schemathesis');
const contract = resolve(projectRoot, 'tests', 'e2e', 'contract');
const fixedSeed = 20261130;
const randomSeed = Math.floor(Math.random() * 2 ** 31);

let running: TestStack;
const requests: Record<string, number> = {};

beforeAll(async () => {
  await rm(reports, { recursive: true, force: true });
  running = await startTestStack();
  // The matter the per-matter operations are pointed at (schemathesis.toml).
  const submitted = await running.call('POST', '/api/v1/matters/hire', JSON.parse(readFileSync(resolve(projectRoot, 'samples', 'hire.json'), 'utf8')), await tokenFor('wz.hospital.clerk'));
  expect(submitted.status).toBe(202);
}, 300_000);

afterAll(async () => {
  await running?.stop();
  const total = Object.values(requests).reduce((sum, count) => sum + count, 0);
  console.log(`[contract] schemathesis sent ${total} generated requests (${Object.entries(requests).map(([run, count]) => `${run}: ${count}`).join(', ')}); random seed ${randomSeed}; reports in ${reports}`);
});

async function fuzz(label: string, login: string, run: Pick<SchemathesisRun, 'seed' | 'maxExamples' | 'phases'>) {
  const result = await runSchemathesis(
    {
      ...run,
      schemaUrl: `${running.stack.apiUrl}/openapi.json`,
      baseUrl: running.stack.apiUrl,
      token: await tokenFor(login),
      config: join(contract, 'schemathesis.toml'),
      hooks: { module: 'schemathesis_hooks', path: contract },
      reportDir: join(reports, label),
    },
    (message) => console.log(`[contract] ${message}`),
  );
  requests[label] = result.requests;
  // The whole report on failure: which operation, which check, the curl to reproduce it.
  expect(result, result.output).toMatchObject({ ok: true, failures: 0, errors: 0 });
  expect(result.requests).toBeGreaterThan(0);
}

describe('the typed client for backend teams', () => {
  it('is generated from the document the API serves, and compiles', async () => {
    const document = (await (await fetch(`${running.stack.apiUrl}/openapi.json`)).json()) as OpenAPI3;
    expect(await clientSchemaSource(document), 'clients/typescript is stale: npm start, then npm run client:generate').toBe(await committedClientSchema());
    await promisify(execFile)('npx', ['tsc', '--noEmit', '-p', clientPackage], { cwd: projectRoot });
  }, 180_000);

  it('submits a matter and reads it back, typed end to end', async () => {
    const api = createYijianshiClient({ baseUrl: running.stack.apiUrl, token: () => tokenFor('wz.hospital.clerk') });
    const form: HireForm = hireFormFor({ applicationNo: 'CLIENT-0001' });
    const submitted = await api.POST('/api/v1/matters/hire', { body: form });
    expect(submitted.response.status).toBe(202);
    const id = submitted.data!.id;
    const read = await api.GET('/api/v1/matters/{id}', { params: { path: { id } } });
    expect(read.data).toMatchObject({ id, kind: 'hire', unitCode: form.unit.code, status: 'reviewing' });
    const listed = await api.GET('/api/v1/matters', { params: { query: { kind: 'hire', unitCode: form.unit.code, page: 1, pageSize: 20 } } });
    expect(listed.data?.items.map((matter) => matter.id)).toContain(id);
    // Errors come typed too, in the one envelope.
    const missing = await api.GET('/api/v1/matters/{id}', { params: { path: { id: `${form.unit.code}-NO-SUCH` } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ error: 'not_found' });
  });
});

describe('the API answers as its document says', () => {
  it('for the operator who holds most roles, on a fixed seed: coverage, fuzzing and stateful phases', () =>
    fuzz(`demo.operator-seed-${fixedSeed}`, 'demo.operator', { seed: fixedSeed, maxExamples: 5, phases: ['coverage', 'fuzzing', 'stateful'] }), 900_000);

  it('for the same operator on a random seed', () => fuzz(`demo.operator-seed-${randomSeed}`, 'demo.operator', { seed: randomSeed, maxExamples: 3, phases: ['fuzzing'] }), 600_000);

  for (const login of ['wz.hospital.clerk', 'wz.health.reviewer', 'wz.hall.officer', 'wz.division.clerk', 'wz.pension.officer', 'wz.supervisor', 'admin']) {
    it(`for ${login}`, () => fuzz(`${login}-seed-${fixedSeed}`, login, { seed: fixedSeed, maxExamples: 2, phases: ['fuzzing'] }), 600_000);
  }
});
