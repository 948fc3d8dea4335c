/**
 * PostgreSQL owns the business records: the submitted forms with the matter projection the
 * lists read, each department's ledger of what it registered, and the certificates issued.
 * Temporal owns the process.
 */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { CertificateKind, StoredCertificate } from '../schemas/certificate';
import type { RatingSteps, RectificationState } from '../schemas/rating';
import type { LiveEvent } from '../schemas/events';
import type { Actor, DecisionRecord, DepartmentProgress, MatterState, Problem, RefusedMessage, Sla } from '../schemas/matter';
import type { MaterialFileType } from '../schemas/materials';
import type { CircuitStateName, SubscriptionState, WebhookEventType, WebhookPayload } from '../schemas/webhook';

export const matters = pgTable(
  'matters',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    unitCode: text('unit_code').notNull(),
    applicationNo: text('application_no').notNull(),
    region: text('region').notNull(),
    status: text('status').notNull(),
    stage: text('stage').notNull(),
    waitingFor: jsonb('waiting_for').$type<MatterState['waitingFor']>(),
    specialCase: jsonb('special_case').$type<MatterState['specialCase']>(),
    departments: jsonb('departments').$type<DepartmentProgress[]>().notNull(),
    decisions: jsonb('decisions').$type<DecisionRecord[]>().notNull(),
    problems: jsonb('problems').$type<Problem[]>().notNull(),
    /** The units and competent departments party to the matter: who sees it besides its region's offices (`&&` on a GIN index). */
    parties: text('parties').array().notNull().default(sql`'{}'::text[]`),
    refusedMessages: jsonb('refused_messages').$type<RefusedMessage[]>().notNull().default([]),
    /** Who sent the current form version, and who withdrew: logins of staff, never the applicant. */
    formBy: jsonb('form_by').$type<Actor>(),
    withdrawnBy: jsonb('withdrawn_by').$type<Actor>(),
    sla: jsonb('sla').$type<Sla>(),
    /** Copied out of `sla` so supervision lists (overdue, warned) are an indexed query. */
    slaState: text('sla_state'),
    slaDue: timestamp('sla_due', { withTimezone: true }),
    /**
     * The one form as last submitted or corrected, each field its schema marks as personal sealed
     * (vault/: AES-256-GCM envelopes); never logged.
     */
    form: jsonb('form').notNull(),
    /** Blind index (HMAC) of the person's identity number: "every matter of this person" without decrypting. */
    personIndex: text('person_index'),
    formVersion: integer('form_version').notNull(),
    outcome: text('outcome'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** When the hall accepted the matter (受理); its acceptance receipt is dated so. */
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The workflow's state version: a late or repeated write never overwrites a newer one. */
    version: integer('version').notNull(),
  },
  (t) => [
    uniqueIndex('matters_business_key').on(t.unitCode, t.applicationNo),
    index('matters_list').on(t.status, t.kind, t.region, t.submittedAt),
    index('matters_submitted').on(t.submittedAt),
    index('matters_sla').on(t.slaState, t.slaDue),
    index('matters_parties').using('gin', t.parties),
    index('matters_person').on(t.personIndex),
  ],
);

/**
 * 部门台账: one row per part a department registered. The idempotency key makes a retried
 * activity find its own row instead of writing a second one; revocation keeps the row.
 */
export const departmentLedger = pgTable(
  'department_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    department: text('department').notNull(),
    matterId: text('matter_id').notNull().references(() => matters.id),
    idempotencyKey: text('idempotency_key').notNull(),
    receipt: text('receipt').notNull(),
    unitCode: text('unit_code').notNull(),
    /** Identity number of the person concerned, sealed (vault/): the department's own business record. */
    personIdNumber: text('person_id_number').notNull(),
    /** Blind index of that identity number: how "this person's registrations" is looked up. */
    personIndex: text('person_index'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().default(sql`now()`),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The later matter (a transfer, a post change) that ended this registration; cleared if that matter is revoked. */
    endedByMatter: text('ended_by_matter'),
  },
  (t) => [
    uniqueIndex('ledger_idempotency').on(t.idempotencyKey),
    uniqueIndex('ledger_receipt').on(t.receipt),
    index('ledger_person').on(t.department, t.personIndex),
    index('ledger_matter').on(t.matterId),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * 凭证: what each certificate attests, fixed when it is issued (masked name, receipts,
 * amounts), one per matter and kind. The PDF is rendered from it on first download and kept,
 * so issuing costs the workflow nothing and the bytes (and their hash) never change after.
 */
export const certificates = pgTable(
  'certificates',
  {
    matterId: text('matter_id').notNull().references(() => matters.id),
    kind: text('kind').$type<CertificateKind>().notNull(),
    content: jsonb('content').$type<StoredCertificate>().notNull(),
    file: bytea('file'),
    sha256: text('sha256'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** What `/verify/{id}` finds it by: random, printed as the short code; null for certificates issued before signing. */
    certificateId: text('certificate_id'),
    /** The compact JWS (EdDSA) over its facts, made at issue; the QR code carries it after the `#`. */
    jws: text('jws'),
    /** When the matter's withdrawal or rejection took it out of force; verification says so. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ name: 'certificates_matter_kind', columns: [t.matterId, t.kind] }), uniqueIndex('certificates_certificate_id').on(t.certificateId)],
);

/** What a year's arrangement looked like before or after a change, as the audit keeps it. */
export interface CalendarYearContent {
  holidays: string[];
  makeupWorkdays: string[];
  source: string | null;
}

/**
 * 节假日安排: one row per year of the State Council's notice. Deadlines are counted from
 * these rows, so a year that is missing is an error, never a guess; administrators load a
 * new year through the API when the notice is issued.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  holidays: jsonb('holidays').$type<string[]>().notNull(),
  makeupWorkdays: jsonb('makeup_workdays').$type<string[]>().notNull(),
  /** The notice the dates were copied from, so a reviewer can check them against it. */
  source: text('source'),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().default(sql`now()`),
  loadedBy: text('loaded_by').notNull(),
});

/** Every load or change of a year's arrangement, appended and never updated: who moved which deadlines, and when. */
export const calendarChanges = pgTable(
  'calendar_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    year: integer('year').notNull(),
    before: jsonb('before').$type<CalendarYearContent>(),
    after: jsonb('after').$type<CalendarYearContent>().notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('calendar_changes_year').on(t.year, t.changedAt)],
);

/**
 * 黄牌 / 红牌: every card shown, whom it went to, for supervision and audit. Append-only; the
 * card's matter, step, kind and moment identify it, so a retried recording adds nothing.
 */
export const slaCards = pgTable(
  'sla_cards',
  {
    matterId: text('matter_id').notNull().references(() => matters.id),
    kind: text('kind').notNull(),
    card: text('card').notNull(),
    scope: text('scope').notNull(),
    step: text('step').notNull(),
    due: timestamp('due', { withTimezone: true }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    notified: jsonb('notified').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ name: 'sla_cards_identity', columns: [t.matterId, t.scope, t.step, t.card, t.due] })],
);

/**
 * 审计: who did what to which matter, when — submissions, decisions, corrections, department
 * registrations, cards, closure (derived from the projected state, so the workflow stays as
 * it is) and what the API itself sees, such as certificate downloads. Append-only: the
 * application has no path that updates or deletes a row, and a trigger in the database
 * refuses UPDATE, DELETE and TRUNCATE. Each event's key is derived from what it records, so
 * a retried or replayed recording adds nothing.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventKey: text('event_key').notNull(),
    /** Null for an event that concerns no matter. */
    matterId: text('matter_id'),
    /** When it happened (the workflow's moment for matter events). */
    at: timestamp('at', { withTimezone: true }).notNull(),
    actor: text('actor').notNull(),
    organisation: text('organisation'),
    role: text('role'),
    action: text('action').notNull(),
    step: text('step'),
    outcome: text('outcome'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** When the row was written. */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().default(sql`now()`),
    /**
     * The hash chain, set by the database as it inserts the row (trigger `audit_events_chain`, under
     * a transaction lock, so concurrent appends never fork it): the row's position, the previous
     * row's hash, and SHA-256 over the row's canonical serialisation with that previous hash.
     */
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('audit_events_key').on(t.eventKey),
    uniqueIndex('audit_events_chain_seq').on(t.chainSeq),
    index('audit_events_matter').on(t.matterId, t.at, t.id),
    index('audit_events_at').on(t.at, t.id),
    index('audit_events_actor').on(t.actor, t.at),
    index('audit_events_action').on(t.action, t.at),
  ],
);

/**
 * 审计链锚点: the head of the audit chain as it stood on a day (Asia/Shanghai), written once a day
 * and to the log and /metrics, so a rewrite of the chain up to that head shows even if every hash
 * in the table was recomputed.
 */
export const auditAnchors = pgTable('audit_anchors', {
  day: text('day').primaryKey(),
  chainSeq: bigint('chain_seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().default(sql`now()`),
});

/**
 * A backend team's subscription to the events of one organisation's matters (its unit code), or
 * of every matter (`*`), with its endpoint's health. Deactivated, never deleted: its deliveries
 * keep pointing at it.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisation: text('organisation').notNull(),
    url: text('url').notNull(),
    /** The HMAC key the receiver verifies signatures with; shown once, when subscribing. */
    secret: text('secret').notNull(),
    /** pending · active · unverified · disabled · deactivated (schemas/webhook.ts). */
    state: text('state').$type<SubscriptionState>().notNull().default('pending'),
    /** closed · open: the endpoint's circuit breaker, as its queue last recorded it. */
    circuit: text('circuit').$type<CircuitStateName>().notNull().default('closed'),
    failingSince: timestamp('failing_since', { withTimezone: true }),
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
    lastDeliveredAt: timestamp('last_delivered_at', { withTimezone: true }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** The queue found nothing to send and waits to be woken; enqueueing wakes only such a queue. */
    queueIdle: boolean('queue_idle').notNull().default(true),
    /** When the queue last took a batch or sent: a queue silent for hours is woken however it looks. */
    queueSeenAt: timestamp('queue_seen_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('webhook_subscriptions_organisation_state').on(t.organisation, t.state)],
);

/**
 * One event for one subscription. Its id is the delivery id receivers deduplicate by; the event
 * key makes a retried enqueueing find the row it added instead of adding another; `seq` is the
 * order its endpoint receives it in.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    subscriptionId: uuid('subscription_id').notNull().references(() => webhookSubscriptions.id),
    matterId: text('matter_id').notNull(),
    eventKey: text('event_key').notNull(),
    type: text('type').$type<WebhookEventType>().notNull(),
    /** Within its type: the status taken, or the card's colour. */
    event: text('event').notNull(),
    payload: jsonb('payload').$type<WebhookPayload>().notNull(),
    /** pending (queued) · delivered · failed (not delivered, not queued: replay or re-enable sends it). */
    status: text('status').notNull().default('pending'),
    /** Enqueued before the per-endpoint queues: its own `webhookDelivery` workflow sends it, no queue takes it. */
    legacyWorkflow: boolean('legacy_workflow').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event').on(t.subscriptionId, t.eventKey),
    index('webhook_deliveries_status').on(t.status, t.createdAt),
    index('webhook_deliveries_matter').on(t.matterId, t.createdAt),
    index('webhook_deliveries_queue')
      .on(t.subscriptionId, t.seq)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * What the owners of a subscription (and the administrators) must be told about it — today, that
 * it was disabled. Appended by `webhooks/notices.ts`; the console's notifications take them from here.
 */
export const webhookNotices = pgTable(
  'webhook_notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id),
    /** The organisation whose members are told: the subscription's owner, or `platform` for the administrators. */
    organisation: text('organisation').notNull(),
    audience: text('audience').$type<'owners' | 'administrators'>().notNull(),
    kind: text('kind').$type<'subscription-disabled'>().notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('webhook_notices_organisation').on(t.organisation, t.at)],
);

/**
 * 机构: units, competent departments and the offices serving a region (hall, personnel division,
 * departments, supervision). Deactivated, never deleted: matters, memberships and tasks name them.
 */
export const organisations = pgTable('organisations', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  region: text('region').notNull(),
  /** For a unit: the competent department it answers to. */
  competentDepartment: text('competent_department').references((): AnyPgColumn => organisations.code),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});

/** 账号: a person, or a backend team's service account that signs in with client credentials. */
export const accounts = pgTable('accounts', {
  login: text('login').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  /** Service accounts only: `scrypt$<salt>$<hash>` (base64) of the client secret, which is never stored. */
  secretHash: text('secret_hash'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});

/** One role of an account in an organisation; the token's memberships are read from these rows. */
export const memberships = pgTable(
  'memberships',
  {
    login: text('login')
      .notNull()
      .references(() => accounts.login),
    organisation: text('organisation')
      .notNull()
      .references(() => organisations.code),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ name: 'memberships_login_organisation_role', columns: [t.login, t.organisation, t.role] })],
);

/**
 * 待办: one row per organisation a review step waits for, kept in step with the matter by the
 * projection. Closed, never deleted, when the step no longer waits for that organisation; a
 * step waited for again (after a correction) opens a new row. Claiming tells colleagues of the
 * same organisation who is working on it.
 */
export const tasks = pgTable(
  'tasks',
  {
    /** `<matter>:<step>:<organisation>:<version that opened it>`. */
    id: text('id').primaryKey(),
    matterId: text('matter_id')
      .notNull()
      .references(() => matters.id),
    kind: text('kind').notNull(),
    unitCode: text('unit_code').notNull(),
    region: text('region').notNull(),
    step: text('step').notNull(),
    title: text('title').notNull(),
    role: text('role').notNull(),
    organisation: text('organisation').notNull(),
    /** The step's deadline, when it has one. */
    due: timestamp('due', { withTimezone: true }),
    slaState: text('sla_state').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The matter version whose projection closed it. */
    closedByVersion: integer('closed_by_version'),
    claimedBy: text('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
  },
  (t) => [
    index('tasks_inbox')
      .on(t.organisation, t.role, t.due, t.openedAt)
      .where(sql`${t.closedAt} is null`),
    index('tasks_matter').on(t.matterId),
    // At most one open task per matter, step and organisation: the projection's upsert target.
    uniqueIndex('tasks_open_step')
      .on(t.matterId, t.step, t.organisation)
      .where(sql`${t.closedAt} is null`),
  ],
);

/**
 * What people watching see change, in the order it was committed: a matter's new state, a task
 * opened, closed, claimed or released, a notification. The id is the stream's event id (the
 * cursor a reconnect resumes from). Who may see a row: the matter's parties and region for a
 * matter; the organisation and role for a task or a group's notification; the login for one
 * person's. Pruned after two days: the stream resumes within one.
 */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').$type<LiveEvent['type']>().notNull(),
    data: jsonb('data').$type<LiveEvent['data']>().notNull(),
    matterId: text('matter_id'),
    region: text('region'),
    parties: text('parties').array(),
    organisation: text('organisation'),
    role: text('role'),
    login: text('login'),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('events_at').on(t.at)],
);

/**
 * 通知: one row per notification and audience — one person (a login), or everyone holding a role
 * in an organisation. Its key says what it is about (the card, the task), so a retried recording
 * adds nothing. Each person's read state is a row of `notification_reads`.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    matterId: text('matter_id').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    login: text('login'),
    organisation: text('organisation'),
    role: text('role'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('notifications_key').on(t.key),
    index('notifications_group').on(t.organisation, t.role, t.createdAt),
    index('notifications_login').on(t.login, t.createdAt),
    check('notifications_audience', sql`(${t.login} is not null and ${t.organisation} is null and ${t.role} is null) or (${t.login} is null and ${t.organisation} is not null and ${t.role} is not null)`),
  ],
);

/** Who has read which notification, and when: a group's notification is read by each of its people apart. */
export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id),
    login: text('login').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ name: 'notification_reads_notification_login', columns: [t.notificationId, t.login] })],
);

/**
 * 要件文件: a file a unit uploaded (POST /api/v1/materials) — what the server found it to be, its
 * digest and size, whose it is. The bytes live apart (`material_contents`, or an object store in
 * its place). `used_at` is the last time a submitted form named it; a material no form on record
 * uses is removed a day after its upload.
 */
export const materials = pgTable(
  'materials',
  {
    id: uuid('id').primaryKey(),
    /** The unit it was uploaded for: only that unit's forms may name it. */
    organisation: text('organisation').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    /** The file name as given (may name a person: never logged). */
    name: text('name').notNull(),
    kind: text('kind').$type<MaterialFileType>().notNull(),
    mediaType: text('media_type').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('materials_created').on(t.createdAt), index('materials_organisation').on(t.organisation, t.createdAt)],
);

/** The bytes of each material, by its id: the PostgreSQL side of the material contents interface. */
export const materialContents = pgTable('material_contents', {
  materialId: uuid('material_id').primaryKey(),
  bytes: bytea('bytes').notNull(),
});

/**
 * Which matters' forms name which materials: who may read a material is whoever may read one of
 * them. Written when the form is submitted, before its matter starts, so a matter that never
 * started holds nothing back from the clean-up.
 */
export const materialUses = pgTable(
  'material_uses',
  {
    materialId: uuid('material_id')
      .notNull()
      .references(() => materials.id, { onDelete: 'cascade' }),
    matterId: text('matter_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ name: 'material_uses_material_matter', columns: [t.materialId, t.matterId] }), index('material_uses_matter').on(t.matterId)],
);

/**
 * 好差评: one rating per matter (一事一评) by its unit's clerk, never changed or deleted — a trigger
 * refuses UPDATE, DELETE and TRUNCATE, as on the audit trail. The comment is the clerk's own words
 * and is shown only to those who may see the matter.
 */
export const ratings = pgTable(
  'ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: text('matter_id')
      .notNull()
      .references(() => matters.id),
    kind: text('kind').notNull(),
    region: text('region').notNull(),
    unitCode: text('unit_code').notNull(),
    overall: text('overall').notNull(),
    steps: jsonb('steps').$type<RatingSteps>().notNull().default({}),
    comment: text('comment'),
    ratedBy: text('rated_by').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [uniqueIndex('ratings_matter').on(t.matterId), index('ratings_region_rated').on(t.region, t.ratedAt)],
);

/**
 * What each rating says of each organisation it concerns, one row per statistics dimension and
 * subject (the region, the matter kind, the hall, each competent department, each department that
 * handled a part), written with the rating and as unchangeable as it.
 */
export const ratingScores = pgTable(
  'rating_scores',
  {
    ratingId: uuid('rating_id')
      .notNull()
      .references(() => ratings.id),
    dimension: text('dimension').notNull(),
    subject: text('subject').notNull(),
    level: text('level').notNull(),
  },
  (t) => [primaryKey({ name: 'rating_scores_identity', columns: [t.ratingId, t.dimension, t.subject] }), index('rating_scores_dimension').on(t.dimension, t.subject)],
);

/**
 * 差评整改: the projection of each rectification workflow (one per 差评), written by it at every
 * change; a late or repeated write never overwrites a newer version. Its task sits in `tasks`.
 */
export const rectifications = pgTable(
  'rectifications',
  {
    matterId: text('matter_id')
      .primaryKey()
      .references(() => matters.id),
    ratingId: uuid('rating_id')
      .notNull()
      .references(() => ratings.id),
    region: text('region').notNull(),
    office: text('office').notNull(),
    status: text('status').notNull(),
    /** pending while the hall's appeal awaits the supervisor, then upheld or dismissed. */
    appeal: text('appeal'),
    due: timestamp('due', { withTimezone: true }),
    slaState: text('sla_state').notNull(),
    state: jsonb('state').$type<RectificationState>().notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull(),
  },
  (t) => [index('rectifications_region').on(t.region, t.openedAt)],
);

/**
 * 人员信息库: each row is one state of a person's employment at a unit, made by a completed matter
 * (or the pilot's seed) and ended by the later matter that changed it — a transfer away, a post
 * change. Undoing a matter deletes the rows it made and puts back in force those it ended. The
 * person's identity is sealed (vault/); rows are found by the blind index of the identity number.
 */
export const personnelRegister = pgTable(
  'personnel_register',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personIndex: text('person_index').notNull(),
    /** The person (name, identity number, birth date, phone, gender, education) as one sealed JSON value. */
    person: text('person').notNull(),
    unitCode: text('unit_code').notNull(),
    /** Unit, post, salary grade and wage, insurances, archive holder, contract: `RegisterEmployment`. */
    employment: jsonb('employment').$type<Record<string, unknown>>().notNull(),
    /** The matter (or `seed:…`) that made this state; one state per matter, so a retried write finds its own row. */
    madeBy: text('made_by').notNull(),
    endedBy: text('ended_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [uniqueIndex('personnel_register_made_by').on(t.madeBy), index('personnel_register_person').on(t.personIndex), index('personnel_register_ended_by').on(t.endedBy)],
);
