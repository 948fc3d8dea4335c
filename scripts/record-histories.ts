/**
 * `npm run record-histories`: runs each kind of matter history once — normal, countersigned,
 * corrected, department exception — on the time-skipping server with the real activities,
 * and writes the histories the replay test holds every later workflow change to.
 * Record again only for a deliberate, patched change, and commit the new files beside the old.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import proto from '@temporalio/proto';
import { createActivities } from '../activities';
import { encryptedDataConverter, parseCodecKeys } from '../codec/keys';
import { registerSearchAttributes } from '../config/connections';
import { projectRoot } from '../config/env';
import { createLogger } from '../config/logger';
import { loadWageScale } from '../config/wage-scale';
import { connectDatabase, migrateDatabase } from '../db/client';
import { hireFormFor, transferFormFor, unitCode } from '../samples/forms';
import { matterDefinitions } from '../matters';
import type { MatterKind } from '../schemas/matter';
import { taskQueues } from '../temporal.config';
import { createWorkers, installRuntimeLogging, runWorkers } from '../worker/create-workers';
import { decide, resubmitForm } from '../workflows/messages';
import { startEmbeddedPostgres, tempPostgresDataDir } from './lib/postgres';
import { freePort } from './lib/ports';
import { temporalTestServer } from './lib/temporal-binaries';

const fixtures = resolve(projectRoot, 'tests/fixtures/histories');
const logger = createLogger('warn');
const log = (message: string) => console.log(`[record] ${message}`);

installRuntimeLogging(logger);
// A fixed test key, committed beside the fixtures: they hold synthetic people only.
const dataConverter = encryptedDataConverter(parseCodecKeys((await readFile(join(fixtures, 'codec-keys'), 'utf8')).trim()));
const postgres = await startEmbeddedPostgres({ dataDir: await tempPostgresDataDir(), port: await freePort(), database: 'record', log, persistent: false });
const database = connectDatabase(postgres.url, logger);
await migrateDatabase(database);
const env = await TestWorkflowEnvironment.createTimeSkipping({
  server: { executable: { type: 'existing-path', path: await temporalTestServer(log) } },
  client: { dataConverter },
});
await registerSearchAttributes(env.connection, env.namespace ?? 'default');
const workers = await createWorkers({
  connection: env.nativeConnection,
  namespace: env.namespace ?? 'default',
  dataConverter,
  activities: createActivities({ db: database.db, wageScale: loadWageScale() }),
});
const running = runWorkers(workers);

const start = <Form extends { unit: { code: string }; applicationNo: string }>(kind: MatterKind, form: Form) =>
  env.client.workflow.start(matterDefinitions[kind].workflowType, { workflowId: `${form.unit.code}-${form.applicationNo}`, taskQueue: taskQueues.matters, args: [{ form, submittedAt: '2026-11-30T02:00:00.000Z' }] });
const approve = (handle: WorkflowHandle, step: string) => handle.executeUpdate(decide, { args: [{ step, decision: 'approve', actor: { id: `${step}-officer` } }] });

const scenarios: Record<string, () => Promise<WorkflowHandle>> = {
  'hire-completed': async () => {
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-1' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    return handle;
  },
  'transfer-countersigned': async () => {
    const form = transferFormFor({ applicationNo: 'REC-2', identitySuffix: '511' });
    const handle = await start('transfer', { ...form, releasingUnit: { code: unitCode('91640100MA0000123'), name: '宁夏某科技有限公司', region: '640100', sector: 'enterprise' } });
    for (const step of ['competent', 'hall', 'countersign-1', 'countersign-2', 'countersign-3']) await approve(handle, step);
    return handle;
  },
  'hire-corrected': async () => {
    const form = hireFormFor({ applicationNo: 'REC-3', identitySuffix: '513' });
    const handle = await start('hire', form);
    await approve(handle, 'competent');
    await handle.executeUpdate(decide, { args: [{ step: 'hall', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }] }] });
    await handle.executeUpdate(resubmitForm, { args: [{ ...form, wage: { ...form.wage, salaryGrade: 15 } }] });
    await approve(handle, 'hall');
    return handle;
  },
  'hire-exception-rejected': async () => {
    const first = await start('hire', hireFormFor({ applicationNo: 'REC-4A', unitSerial: '9', identitySuffix: '515' }));
    await approve(first, 'competent');
    await approve(first, 'hall');
    await closed(first);
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-4', identitySuffix: '515' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    // The departments answer on their own time; the hall can decide once the matter is in exception.
    for (;;) {
      const rejected = await handle.executeUpdate(decide, { args: [{ step: 'hall', decision: 'reject', reason: '原单位聘用关系未解除' }] }).then(() => true, () => false);
      if (rejected) return handle;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  },
};

/** Waits for the workflow to close without `result()`, which on the time-skipping server would race virtual time years ahead. */
async function closed(handle: WorkflowHandle): Promise<void> {
  while ((await handle.describe()).status.name === 'RUNNING') await new Promise((resolve) => setTimeout(resolve, 50));
}

try {
  await mkdir(fixtures, { recursive: true });
  for (const [name, run] of Object.entries(scenarios)) {
    const handle = await run();
    await closed(handle);
    // Protobuf binary, as Temporal stores it: the replay test decodes exactly what the server sent.
    await writeFile(join(fixtures, `${name}.binpb`), proto.temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
    log(`${name}.binpb`);
  }
} finally {
  for (const worker of workers) worker.shutdown();
  await running;
  await env.teardown();
  await database.close();
  await postgres.stop();
}
