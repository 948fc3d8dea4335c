/**
 * The workers as every process that runs them assembles them: the activities bound to
 * PostgreSQL, the wage scale and office hours, on the matter and department task queues.
 */
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { Activities } from '../activities/types';
import type { Env } from '../config/env';
import { loadWageScale } from '../config/wage-scale';
import type { Database } from '../db/client';
import type { PersonalDataVault } from '../vault/vault';
import { createWorkers } from '../worker/create-workers';

export interface WorkerAssembly {
  connection: NativeConnection;
  namespace: string;
  dataConverter: DataConverter;
  db: Database;
  vault: PersonalDataVault;
  /** Starts the webhook deliveries the projection enqueues; without one they are only enqueued. */
  client?: Client;
  officeHours?: Env['OFFICE_HOURS'];
  /** A prebuilt bundle (tests and the benchmark build it once); otherwise the workflows are bundled here. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Wraps the activities, e.g. a test that makes one fail once. */
  activities?: (real: Activities) => Activities;
  options?: Partial<WorkerOptions>;
}

export function assembleWorkers({ db, vault, client, officeHours, activities, ...setup }: WorkerAssembly): Promise<Worker[]> {
  const real = createActivities({ db, vault, wageScale: loadWageScale(), officeHours, client });
  return createWorkers({ ...setup, activities: activities ? activities(real) : real });
}
