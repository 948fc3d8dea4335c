/**
 * A yellow or red card reaches the people it names. The workflow names them as addresses
 * (workflows/sla-clock.ts `escalation()`); each becomes an audience — a role in an organisation,
 * read by everyone who holds it there:
 * - `<role>@<organisation>`: that role there (`chief@<organisation>`: its chief);
 * - `<role>@<region>`: that role in every office of the kind the role names serving the region,
 *   as the directory lists them (`supervisor@640300`: the region's supervision office);
 * - `departments@<region>`, `chief@departments-<region>`: the officers, or the chiefs, of the
 *   region's departments.
 * One notification per card and audience, keyed by both, so a retried activity adds nothing.
 */
import type { Database } from '../db/client';
import { findWaitingFor } from '../db/matters';
import { slaCardText } from '../db/notification-texts';
import { notify, type Audience, type NotificationInput } from '../db/notifications';
import { regionOffices } from '../directory/store';
import { role as roleSchema, type Role, type SlaCard } from '../schemas/matter';
import { organisationKindOfRole, type FunctionRole, type OrganisationKind } from '../schemas/principal';
import { regionCode } from '../schemas/region';

export interface ShownCard {
  matterId: string;
  card: SlaCard;
  /** What the card's step is called, for a step the matter does not wait for (a rectification after it closed). */
  stepTitle?: string;
}

/** Records the card's notifications, one per audience; answers how many were new. An address the directory cannot place reaches nobody. */
export async function notifyCardAddressees(db: Database, { matterId, card, stepTitle: title }: ShownCard): Promise<number> {
  const audiences = new Map<string, GroupAudience>();
  for (const address of card.notified) {
    for (const audience of await audiencesOf(db, address)) audiences.set(`${audience.role}@${audience.organisation}`, audience);
  }
  const waiting = await findWaitingFor(db, matterId);
  const stepTitle = waiting?.step === card.step ? waiting.title : (title ?? card.step);
  const text = slaCardText({ ...card, matterId, stepTitle });
  const identity = `${matterId}/${card.scope}/${card.step}/${card.card}/${card.due}`;
  const inputs: NotificationInput[] = [...audiences].map(([address, audience]) => ({
    key: `sla.card/${identity}/${address}`,
    kind: 'sla.card',
    matterId,
    ...text,
    audience,
  }));
  return notify(db, inputs);
}

type GroupAudience = Extract<Audience, { organisation: string }>;

async function audiencesOf(db: Database, address: string): Promise<GroupAudience[]> {
  const at = address.lastIndexOf('@');
  if (at <= 0) return [];
  const [name, place] = [address.slice(0, at), address.slice(at + 1)];
  const offices = async (kind: OrganisationKind, region: string, role: Role) => (await regionOffices(db, kind, region)).map((organisation) => ({ organisation, role }));
  if (name === 'departments') return offices('department', place, 'department-officer');
  const role = roleSchema.safeParse(name);
  if (!role.success) return [];
  const departments = /^departments-(\d{6})$/.exec(place);
  if (departments) return offices('department', departments[1]!, role.data);
  // A region names offices by the function of the role; a chief heads one office, never a region.
  if (regionCode.safeParse(place).success) return role.data === 'chief' ? [] : offices(organisationKindOfRole[role.data as FunctionRole], place, role.data);
  return [{ organisation: place, role: role.data }];
}
