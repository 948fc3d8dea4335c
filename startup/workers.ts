/**
 * The workers as every process that runs them assembles them: the activities bound to
 * PostgreSQL, the wage scale, office hours and the webhook settings, on the matter, department
 * and webhook task queues; and making a new version of the matter workflows the current one once
 * its workers poll.
 */
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import proto from '@temporalio/proto';
import type { NativeConnection, WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import { tokenVerifier, type TokenVerifier } from '../auth/tokens';
import type { CertificateIssuing } from '../certificates/seal';
import type { Activities } from '../activities/types';
import type { Env } from '../config/env';
import { loadWageScale } from '../config/wage-scale';
import type { Database } from '../db/client';
import type { WebhookSettings } from '../webhooks/settings';
import { createWorkers, type DeploymentVersion, type Workers } from '../worker/create-workers';
import { moveToCurrentVersion } from '../workflows/messages';
import { tokenSettingsOf } from './api';
import type { PersonalDataVault } from '../vault/vault';

export interface WorkerAssembly {
  connection: NativeConnection;
  namespace: string;
  dataConverter: DataConverter;
  db: Database;
  vault: PersonalDataVault;
  /** Wakes the webhook queues the projection enqueues for; without one deliveries are only enqueued. */
  client?: Client;
  officeHours?: Env['OFFICE_HOURS'];
  /** Verifies the tokens operators' Signals carry (the API's token settings). */
  verifyToken?: TokenVerifier;
  /** How webhooks reach their endpoints; production's rules unless given. */
  webhooks?: WebhookSettings;
  /** The key certificates are signed with and the public address their QR codes point to. */
  certificateIssuing: CertificateIssuing;
  /** A prebuilt bundle (tests and the benchmark build it once); otherwise the workflows are bundled here. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Run the matter workflows as a pinned Worker Deployment version (not on the time-skipping test server). */
  versioned: boolean;
  /** Wraps the activities, e.g. a test that makes one fail once. */
  activities?: (real: Activities) => Activities;
  /** WORKER_CACHED_MATTERS. */
  cachedMatters?: number;
  options?: Partial<WorkerOptions>;
}

/** What a worker process takes from its environment, the same under `npm start` and `npm run worker`. */
export function workerSettingsFrom(env: Env): Pick<WorkerAssembly, 'namespace' | 'officeHours' | 'cachedMatters' | 'verifyToken'> {
  return { namespace: env.TEMPORAL_NAMESPACE, officeHours: env.OFFICE_HOURS, cachedMatters: env.WORKER_CACHED_MATTERS, verifyToken: tokenVerifier(tokenSettingsOf(env)) };
}

export function assembleWorkers({ db, vault, client, officeHours, verifyToken, webhooks, certificateIssuing, activities, ...setup }: WorkerAssembly): Promise<Workers> {
  const real = createActivities({ db, vault, wageScale: loadWageScale(), officeHours, client, verifyToken, webhooks, certificateIssuing });
  return createWorkers({ ...setup, activities: activities ? activities(real) : real });
}

/**
 * Makes `version` the deployment's current version, so new matters start on it, once its workers
 * poll (until then the server does not know the version); then wakes the matters waiting for a
 * correction on older versions, which move over at that safe point (continue-as-new). Matters
 * running elsewhere stay pinned to the version they started on until they end.
 */
export async function promoteVersion(client: Client, namespace: string, version: DeploymentVersion, attempts = 60): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.workflowService.setWorkerDeploymentCurrentVersion({ namespace, deploymentName: version.deploymentName, buildId: version.buildId, identity: 'yijianshi-worker' });
      break;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  await routingPropagated(client, namespace, version, attempts);
  for await (const matter of client.workflow.list({ query: `MatterStatus = 'correcting' AND ExecutionStatus = 'Running'` })) {
    await client.workflow.getHandle(matter.workflowId).signal(moveToCurrentVersion).catch(() => undefined);
  }
}

/** Waits until the task queues route to the new current version; a matter woken before would not see that it changed. */
async function routingPropagated(client: Client, namespace: string, version: DeploymentVersion, attempts: number): Promise<void> {
  for (let attempt = 1; attempt < attempts; attempt++) {
    const { workerDeploymentInfo: info } = await client.workflowService.describeWorkerDeployment({ namespace, deploymentName: version.deploymentName });
    const current = info?.routingConfig?.currentDeploymentVersion?.buildId;
    if (current === version.buildId && info?.routingConfigUpdateState !== proto.temporal.api.enums.v1.RoutingConfigUpdateState.ROUTING_CONFIG_UPDATE_STATE_IN_PROGRESS) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
