/**
 * `npm run record-histories`: runs each kind of matter history once — normal, countersigned,
 * corrected, department exception, signals refused — and a 差评's rectification, on the time-skipping server with the real
 * activities, and writes the histories the replay test holds every later workflow change to.
 * A history already on file is kept, never recorded over: those of earlier workflow versions
 * (`hire-completed`, … without a suffix, from before messages carried their sender; `-authorised`,
 * from before the `notice-fidelity` patch) prove the patches still replay. After a deliberate,
 * patched change, give the scenarios a new suffix and commit the new files beside the old.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import proto from '@temporalio/proto';
import { generateCertificateKeySpec, parseCertificateKeys } from '../certificates/keys';
import { encryptedDataConverter, parseCodecKeys } from '../codec/keys';
import { loadEnv, projectRoot } from '../config/env';
import { createLogger } from '../config/logger';
import { connectDatabase } from '../db/client';
import { ratings } from '../db/schema';
import { rectificationInputOf } from '../ratings/rectification-input';
import { rectificationWorkflowId, rectificationWorkflowType } from '../schemas/rating';
import { prepareDatabase } from '../startup/database';
import { hireFormFor, transferFromOutsideFor } from '../samples/forms';
import { matterDefinitions } from '../matters';
import type { Actor, DecisionInput, MatterKind } from '../schemas/matter';
import { taskQueues } from '../temporal.config';
import { ensureSearchAttributes } from '../startup/temporal';
import { assembleWorkers } from '../startup/workers';
import { tokenVerifier } from '../auth/tokens';
import { tokenSettingsOf } from '../startup/api';
import { generateKeySpec } from '../config/key-spec';
import { generateBlindIndexKey, vaultOf } from '../vault/keys';
import { installRuntimeLogging, runWorkers } from '../worker/create-workers';
import { decide, decideSignal, matterStateQuery, resubmitForm, withdrawSignal } from '../workflows/messages';
import { appealRating, decideAppeal, recordRectificationStep } from '../workflows/rectification-messages';
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
// The database is thrown away after recording: its personal data needs keys for this run only.
const vault = vaultOf(generateKeySpec('record'), generateBlindIndexKey());
// The statutory calendar, so the histories hold the SLA planning and timers that running matters have.
await prepareDatabase(database, { pilotDirectory: false, vault });
const env = await TestWorkflowEnvironment.createTimeSkipping({
  server: { executable: { type: 'existing-path', path: await temporalTestServer(log) } },
  client: { dataConverter },
});
await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
// Operators' tokens are signed with the local secret, as `npm run token` signs them; certificates are signed by activities, which histories record only as results: any key will do.
const { signing } = parseCertificateKeys({ signing: generateCertificateKeySpec('record') });
const { workers } = await assembleWorkers({
  connection: env.nativeConnection,
  namespace: env.namespace ?? 'default',
  dataConverter,
  db: database.db,
  vault,
  verifyToken: tokenVerifier(tokenSettingsOf(loadEnv())),
  certificateIssuing: { signing: signing!, publicBaseUrl: 'http://localhost:3000' },
  versioned: false,
});
const running = runWorkers(workers);

const start = <Form extends { unit: { code: string }; applicationNo: string }>(kind: MatterKind, form: Form) =>
  env.client.workflow.start(matterDefinitions[kind].workflowType, { workflowId: `${form.unit.code}-${form.applicationNo}`, taskQueue: taskQueues.matters, args: [{ form, submittedAt: '2026-11-30T02:00:00.000Z' }] });
/** Sent as the API sends it: by the role the matter waits for, in the first organisation still awaited. */
async function decideAs(handle: WorkflowHandle, input: Omit<DecisionInput, 'actor'>) {
  const { waitingFor } = await handle.query(matterStateQuery);
  return handle.executeUpdate(decide, { args: [{ ...input, actor: { id: `${input.step}-officer`, role: waitingFor!.role, organisation: waitingFor!.organisations[0] } }] });
}
const approve = (handle: WorkflowHandle, step: string) => decideAs(handle, { step, decision: 'approve' });
const unitClerk = (unitCode: string): Actor => ({ id: 'unit-clerk', role: 'unit-clerk', organisation: unitCode });

/** Named `<path>-authorised`: recorded since messages carry their sender (patch `authorised-messages`). */
const scenarios: Record<string, () => Promise<WorkflowHandle>> = {
  'hire-completed-faithful': async () => {
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-1' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    return handle;
  },
  'transfer-countersigned-faithful': async () => {
    const handle = await start('transfer', transferFromOutsideFor({ applicationNo: 'REC-2', identitySuffix: '511' }));
    for (const step of ['competent', 'hall', 'countersign-1', 'countersign-2', 'countersign-3']) await approve(handle, step);
    return handle;
  },
  'hire-corrected-faithful': async () => {
    const form = hireFormFor({ applicationNo: 'REC-3', identitySuffix: '513' });
    const handle = await start('hire', form);
    await approve(handle, 'competent');
    await decideAs(handle, { step: 'hall', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }] });
    await handle.executeUpdate(resubmitForm, { args: [{ ...form, wage: { ...form.wage, salaryGrade: 15 } }, unitClerk(form.unit.code)] });
    await approve(handle, 'hall');
    return handle;
  },
  'hire-exception-rejected-faithful': async () => {
    const first = await start('hire', hireFormFor({ applicationNo: 'REC-4A', unitSerial: '9', identitySuffix: '515' }));
    await approve(first, 'competent');
    await approve(first, 'hall');
    await closed(first);
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-4', identitySuffix: '515' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    // The departments answer on their own time; the hall can decide once the matter is in exception.
    for (;;) {
      const rejected = await decideAs(handle, { step: 'hall', decision: 'reject', reason: '原单位聘用关系未解除' }).then(() => true, () => false);
      if (rejected) return handle;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  },
  // A 差评's rectification: the hall's appeal dismissed, then every step to the reply (its own workflow, after the matter closed).
  'rectification-replied': async () => {
    const matter = await start('hire', hireFormFor({ applicationNo: 'REC-6', identitySuffix: '519' }));
    await approve(matter, 'competent');
    await approve(matter, 'hall');
    await closed(matter);
    const state = await matter.query(matterStateQuery);
    const [row] = await database.db.insert(ratings).values({ matterId: state.id, kind: state.kind, region: state.region, unitCode: state.unitCode, overall: 'dissatisfied', ratedBy: 'wz.hospital.clerk' }).returning();
    const rating = { ...row!, kind: state.kind, overall: 'dissatisfied' as const };
    const handle = await env.client.workflow.start(rectificationWorkflowType, { workflowId: rectificationWorkflowId(state.id), taskQueue: taskQueues.matters, args: [rectificationInputOf(state, rating, 15)] });
    const supervisor: Actor = { id: 'wz.supervisor', role: 'supervisor', organisation: 'supervision-640300' };
    await handle.executeUpdate(appealRating, { args: [{ reason: '评价与事实不符', actor: { id: 'wz.hall.officer', role: 'hall-officer', organisation: 'hall-640300' } }] });
    await handle.executeUpdate(decideAppeal, { args: [{ decision: 'dismissed', reason: '经回访，评价属实', actor: supervisor }] });
    for (const action of ['revisit', 'finding', 'rectify', 'reply'] as const) await handle.executeUpdate(recordRectificationStep, { args: [{ action, note: action, actor: supervisor }] });
    return handle;
  },
  // Completed since the personnel register: the change goes to the register before the matter closes (patch `personnel-register`).
  'hire-completed-register': async () => {
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-7', identitySuffix: '521' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    return handle;
  },
  'transfer-countersigned-register': async () => {
    const handle = await start('transfer', transferFromOutsideFor({ applicationNo: 'REC-8', identitySuffix: '523' }));
    for (const step of ['competent', 'hall', 'countersign-1', 'countersign-2', 'countersign-3']) await approve(handle, step);
    return handle;
  },
  // Signals from the wrong sender are ignored and recorded, in the flow (a decision) and in the handler (a withdrawal).
  'hire-refused-signals-faithful': async () => {
    const form = hireFormFor({ applicationNo: 'REC-5', identitySuffix: '517' });
    const handle = await start('hire', form);
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actor: unitClerk(form.unit.code) });
    await handle.signal(withdrawSignal, { reason: '非本单位', actor: unitClerk(hireFormFor({ unitSerial: '7' }).unit.code) });
    while ((await handle.query(matterStateQuery)).refusedMessages.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    await approve(handle, 'competent');
    await handle.signal(withdrawSignal, { reason: '拟聘人员放弃聘用', actor: unitClerk(form.unit.code) });
    return handle;
  },
};

/** Waits for the workflow to close without `result()`, which on the time-skipping server would race virtual time years ahead. */
async function closed(handle: WorkflowHandle): Promise<void> {
  while ((await handle.describe()).status.name === 'RUNNING') await new Promise((resolve) => setTimeout(resolve, 50));
}

try {
  await mkdir(fixtures, { recursive: true });
  for (const [name, run] of Object.entries(scenarios)) {
    const file = join(fixtures, `${name}.binpb`);
    if (existsSync(file)) {
      log(`${name}.binpb kept as recorded`);
      continue;
    }
    const handle = await run();
    await closed(handle);
    // Protobuf binary, as Temporal stores it: the replay test decodes exactly what the server sent.
    await writeFile(file, proto.temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish(), { flag: 'wx' });
    log(`${name}.binpb`);
  }
} finally {
  for (const worker of workers) worker.shutdown();
  await running;
  await env.teardown();
  await database.close();
  await postgres.stop();
}
