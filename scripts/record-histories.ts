/**
 * `npm run record-histories`: runs each kind of matter history once — normal, countersigned,
 * corrected, department exception, signals refused, a 差评's rectification, and since durable
 * matters a withdrawal in handling, an outage retried, SLA cards, a two-department review, a
 * cancel — on the time-skipping server with the real
 * activities, and writes the histories the replay test holds every later workflow change to.
 * A history already on file is kept, never recorded over: those of earlier workflow versions
 * (`hire-completed`, … without a suffix, from before messages carried their sender; `-authorised`,
 * from before the `notice-fidelity` patch; `-faithful`, from before durable matters; `-durable`
 * and `-register`, from before lean histories) prove the patches still replay. After a deliberate,
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
import { hireFormFor, transferFormFor, transferFromOutsideFor } from '../samples/forms';
import { matterDefinitions } from '../matters';
import type { Actor, DecisionInput, MatterKind, MatterState } from '../schemas/matter';
import { hallOf } from '../schemas/organisation-codes';
import { organisationKindOfRole, type FunctionRole } from '../schemas/principal';
import { taskQueues } from '../temporal.config';
import { ensureSearchAttributes } from '../startup/temporal';
import { assembleWorkers } from '../startup/workers';
import { signToken, tokenVerifier } from '../auth/tokens';
import { tokenSettingsOf } from '../startup/api';
import { generateKeySpec } from '../config/key-spec';
import { generateBlindIndexKey, vaultOf } from '../vault/keys';
import { installRuntimeLogging, runWorkers } from '../worker/create-workers';
import { decide, decideSignal, matterStateQuery, resubmitForm, withdraw, withdrawSignal } from '../workflows/messages';
import { Gates } from './lib/gates';
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
// Operators' tokens are signed with the local secret, as `npm run token` signs them.
const tokenSettings = tokenSettingsOf(loadEnv());
/** The wage office's system, down for the matters whose number ends in DOWN until the scenario says it is back. */
let wageDown = true;
/** Archive parts of matters whose number ends in HELD, at work until the scenario lets them finish. */
const heldArchives = new Gates();
// Operators' tokens are signed with the local secret, as `npm run token` signs them; certificates are signed by activities, which histories record only as results: any key will do.
const { signing } = parseCertificateKeys({ signing: generateCertificateKeySpec('record') });
const { workers } = await assembleWorkers({
  connection: env.nativeConnection,
  namespace: env.namespace ?? 'default',
  dataConverter,
  db: database.db,
  vault,
  verifyToken: tokenVerifier(tokenSettings),
  certificateIssuing: { signing: signing!, publicBaseUrl: 'http://localhost:3000' },
  versioned: false,
  activities: (real) => ({
    ...real,
    wageHandle: async (task) => {
      if (wageDown && task.matterId.endsWith('DOWN')) throw new Error('connect ECONNREFUSED wage system');
      return real.wageHandle(task);
    },
    archiveHandle: async (task) => {
      if (task.matterId.endsWith('HELD')) await heldArchives.pass(task.matterId);
      return real.archiveHandle(task);
    },
  }),
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
/** An operator's signal carries the sender's token, signed as `npm run token` signs it. */
const operatorToken = (actor: Actor) =>
  signToken({ sub: actor.id, name: actor.id, kind: 'person', memberships: [{ organisation: actor.organisation!, kind: organisationKindOfRole[actor.role as FunctionRole], region: '640300', roles: [actor.role as FunctionRole] }] }, tokenSettings, 3600);

/**
 * Named `<path>-lean`: recorded since matters run their departments' parts, the register and the
 * certificates local first and keep one SLA alarm (patch `lean-history`). The paths are those of
 * `-durable` (since matters turn infrastructure failures into exceptions: besides the paths of
 * before, a withdrawal while a part is in flight, a department down past its window and retried,
 * SLA cards, a two-department transfer review, an operator's cancel), completed ones with their
 * change to the register (`-register`).
 */
const scenarios: Record<string, () => Promise<WorkflowHandle>> = {
  'hire-completed-lean': async () => {
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-1' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    return handle;
  },
  'transfer-countersigned-lean': async () => {
    const handle = await start('transfer', transferFromOutsideFor({ applicationNo: 'REC-2', identitySuffix: '511' }));
    for (const step of ['competent', 'hall', 'countersign-1', 'countersign-2', 'countersign-3']) await approve(handle, step);
    return handle;
  },
  // Both competent departments (the receiving unit's and the releasing unit's) review in parallel.
  'transfer-two-competent-lean': async () => {
    const handle = await start('transfer', transferFormFor({ applicationNo: 'REC-6', identitySuffix: '521' }));
    await approve(handle, 'competent');
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    return handle;
  },
  'hire-corrected-lean': async () => {
    const form = hireFormFor({ applicationNo: 'REC-3', identitySuffix: '513' });
    const handle = await start('hire', form);
    await approve(handle, 'competent');
    await decideAs(handle, { step: 'hall', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }] });
    await handle.executeUpdate(resubmitForm, { args: [{ ...form, wage: { ...form.wage, salaryGrade: 15 } }, unitClerk(form.unit.code)] });
    await approve(handle, 'hall');
    return handle;
  },
  'hire-exception-rejected-lean': async () => {
    const first = await start('hire', hireFormFor({ applicationNo: 'REC-4A', unitSerial: '9', identitySuffix: '515' }));
    await approve(first, 'competent');
    await approve(first, 'hall');
    await closed(first);
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-4', identitySuffix: '515' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    await until(handle, (state) => state.status === 'exception');
    await decideAs(handle, { step: 'hall', decision: 'reject', reason: '原单位聘用关系未解除' });
    return handle;
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
  // Operators' signals: one for a step not awaited and one without a valid token are refused and recorded; a withdrawal from another unit too.
  'hire-refused-signals-lean': async () => {
    const form = hireFormFor({ applicationNo: 'REC-5', identitySuffix: '517' });
    const handle = await start('hire', form);
    const { waitingFor, region } = await handle.query(matterStateQuery);
    const competent: Actor = { id: 'ops.competent', role: 'competent-reviewer', organisation: waitingFor!.organisations[0] };
    await handle.signal(decideSignal, { step: 'hall', decision: 'approve', actorToken: await operatorToken({ id: 'ops.hall', role: 'hall-officer', organisation: hallOf(region) }) });
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actorToken: 'not.a.token-of-anyone-at-all' });
    await handle.signal(withdrawSignal, { reason: '非本单位', actorToken: await operatorToken(unitClerk(hireFormFor({ unitSerial: '7' }).unit.code)) });
    await until(handle, (state) => state.refusedMessages.length >= 3);
    await handle.signal(decideSignal, { step: 'competent', decision: 'approve', actorToken: await operatorToken(competent) });
    await until(handle, (state) => state.stage === 'hall');
    await handle.signal(withdrawSignal, { reason: '拟聘人员放弃聘用', actorToken: await operatorToken(unitClerk(form.unit.code)) });
    return handle;
  },
  // The unit withdraws while the archive office is still at work: the matter waits for it, then revokes all eight.
  'hire-withdrawn-in-handling-lean': async () => {
    const form = hireFormFor({ applicationNo: 'REC-7-HELD', identitySuffix: '523' });
    const handle = await start('hire', form);
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    await heldArchives.for(handle.workflowId).entered;
    const withdrawal = handle.executeUpdate(withdraw, { args: [{ reason: '拟聘人员放弃聘用', actor: unitClerk(form.unit.code) }] });
    await untilHistory(handle, (events) => events.some((event) => event.workflowExecutionUpdateAcceptedEventAttributes));
    heldArchives.for(handle.workflowId).open();
    await withdrawal;
    return handle;
  },
  // The wage office's system is down past the part's window: exception; once it is back the hall has the part run again.
  'hire-outage-retried-lean': async () => {
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-8-DOWN', identitySuffix: '525' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    const { sla } = await handle.query(matterStateQuery);
    await env.sleep(Math.max(Date.parse(sla.step!.due) - Date.now(), 0) + 2 * 3_600_000);
    await until(handle, (state) => state.status === 'exception');
    wageDown = false;
    await decideAs(handle, { step: 'hall', decision: 'retry' });
    return handle;
  },
  // Nobody reviews for days: the yellow and red cards of the step and of the matter come, then the matter goes on.
  'hire-sla-cards-lean': async () => {
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-9', identitySuffix: '527' }));
    await env.sleep('6 days');
    await until(handle, (state) => state.sla.cards.some((card) => card.card === 'red'));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    return handle;
  },
  // Cancelled by an operator from Temporal UI: the matter ends withdrawn.
  'hire-cancelled-lean': async () => {
    const handle = await start('hire', hireFormFor({ applicationNo: 'REC-10', identitySuffix: '529' }));
    await approve(handle, 'competent');
    await handle.cancel();
    return handle;
  },
};

/** Polls the matter's own query until `done` holds (the departments and timers answer on their own time). */
async function until(handle: WorkflowHandle, done: (state: MatterState) => boolean): Promise<void> {
  while (!done(await handle.query(matterStateQuery))) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function untilHistory(handle: WorkflowHandle, done: (events: proto.temporal.api.history.v1.IHistoryEvent[]) => boolean): Promise<void> {
  while (!done((await handle.fetchHistory()).events ?? [])) await new Promise((resolve) => setTimeout(resolve, 100));
}

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
