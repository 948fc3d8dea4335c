/**
 * All activities a worker registers, bound to their dependencies.
 */
import type { Client } from '@temporalio/client';
import type { TokenVerifier } from '../auth/tokens';
import type { CertificateIssuing } from '../certificates/seal';
import type { OfficeHours } from '../calendar/working-days';
import type { WageScale } from '../config/wage-scale';
import type { Database } from '../db/client';
import type { PersonalDataVault } from '../vault/vault';
import { certificateActivities } from './certificates';
import { archiveActivities } from './departments/archive';
import { employmentActivities } from './departments/employment';
import { injuryActivities } from './departments/injury';
import { pensionActivities } from './departments/pension';
import { personnelActivities } from './departments/personnel';
import { sscardActivities } from './departments/sscard';
import { unemploymentActivities } from './departments/unemployment';
import { wageActivities } from './departments/wage';
import { operatorActivities } from './operators';
import { ratingActivities } from './ratings';
import { recordActivities } from './record';
import { registerActivities } from './register';
import { slaActivities } from './sla';
import { webhookActivities } from '../webhooks/deliver';
import { productionWebhookSettings, type WebhookSettings } from '../webhooks/settings';
import { departmentFailed, slaCardRaised } from '../observability/metrics';
import type { Activities, DepartmentActivities, DepartmentTask } from './types';

export interface ActivityDependencies {
  db: Database;
  /** Seals personal data before it is stored, opens it for the departments and the certificates. */
  vault: PersonalDataVault;
  wageScale: WageScale;
  /** Office hours for deadlines; the standard 09:00–17:30 unless configured. */
  officeHours?: OfficeHours;
  /** Wakes the webhook queues the projection and the cards enqueue for; without one deliveries are only enqueued. */
  client?: Client;
  /** Verifies the tokens operators' Signals carry; without one every such Signal is refused. */
  verifyToken?: TokenVerifier;
  /** How webhooks reach their endpoints; production's rules unless given. */
  webhooks?: WebhookSettings;
  /** The key certificates are signed with and the public address their QR codes point to. */
  certificateIssuing: CertificateIssuing;
}

export function createActivities({ db, vault, wageScale, officeHours, client, verifyToken, webhooks = productionWebhookSettings, certificateIssuing }: ActivityDependencies): Activities {
  const ledger = { db, vault };
  const departments = counted({
    ...personnelActivities(ledger),
    ...wageActivities(ledger, wageScale),
    ...pensionActivities(ledger),
    ...injuryActivities(ledger),
    ...unemploymentActivities(ledger),
    ...sscardActivities(ledger),
    ...archiveActivities(ledger),
    ...employmentActivities(ledger),
  });
  return {
    ...recordActivities(db, vault, client),
    ...webhookActivities(db, webhooks),
    ...certificateActivities(db, vault, certificateIssuing),
    ...ratingActivities(db),
    ...registerActivities(db, vault, wageScale),
    ...slaActivities(db, ({ kind, card }) => slaCardRaised(kind, card), officeHours, client),
    ...operatorActivities(db, verifyToken),
    ...departments,
  };
}

/** Every failed attempt of a department's activity — a refusal or an outage — is counted for monitoring. */
function counted(activities: DepartmentActivities): DepartmentActivities {
  const wrapped: Record<string, (task: DepartmentTask) => Promise<unknown>> = {};
  for (const [name, activity] of Object.entries(activities) as [string, (task: DepartmentTask) => Promise<unknown>][]) {
    wrapped[name] = async (task) => {
      try {
        return await activity(task);
      } catch (error) {
        departmentFailed(task.department);
        throw error;
      }
    };
  }
  return wrapped as DepartmentActivities;
}
