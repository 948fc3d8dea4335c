/**
 * The workers as every process that runs them assembles them: the activities bound to
 * PostgreSQL, the wage scale, office hours and the webhook settings, on the matter, department
 * and webhook task queues.
 */
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { Activities } from '../activities/types';
import type { Env } from '../config/env';
import { loadWageScale } from '../config/wage-scale';
import type { Database } from '../db/client';
import type { WebhookSettings } from '../webhooks/settings';
import { createWorkers } from '../worker/create-workers';

export interface WorkerAssembly {
  connection: NativeConnection;
  namespace: string;
  dataConverter: DataConverter;
  db: Database;
  /** Wakes the webhook queues the projection enqueues for; without one deliveries are only enqueued. */
  client?: Client;
  officeHours?: Env['OFFICE_HOURS'];
  /** How webhooks reach their endpoints; production's rules unless given. */
  webhooks?: WebhookSettings;
  /** A prebuilt bundle (tests and the benchmark build it once); otherwise the workflows are bundled here. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Wraps the activities, e.g. a test that makes one fail once. */
  activities?: (real: Activities) => Activities;
  options?: Partial<WorkerOptions>;
}

export function assembleWorkers({ db, client, officeHours, webhooks, activities, ...setup }: WorkerAssembly): Promise<Worker[]> {
  const real = createActivities({ db, wageScale: loadWageScale(), officeHours, client, webhooks });
  return createWorkers({ ...setup, activities: activities ? activities(real) : real });
}
