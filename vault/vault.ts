/**
 * The personal data vault: what the rest of the code asks of encryption at rest. A matter's
 * form goes into PostgreSQL with each field its schema marks as personal (schemas/personal-data.ts)
 * sealed; a department's ledger keeps the person's identity number sealed; both carry the
 * person's blind index for lookups. Whoever opens a value must name where it is stored, as the
 * sealing did.
 */
import type { StoredMatterForm } from '../db/matters';
import { matterDefinitions } from '../matters';
import type { MatterKind } from '../schemas/matter';
import { mapPersonalFields, personalFieldsOf, type PersonalField } from '../schemas/personal-data';
import { BlindIndex } from './blind-index';
import { Envelope, isSealed } from './envelope';
import { maskPersonalValue } from './mask';

/** Where a form's personal values are stored: the context their ciphertexts are bound to. */
const formContext = (matterId: string, at: string) => `matters/${matterId}/form/${at}`;
const ledgerContext = (matterId: string, department: string) => `department_ledger/${matterId}/${department}/person_id_number`;

const fieldsByKind = new Map<string, readonly PersonalField[]>();

/** The personal fields of a kind's form, read from its schema once. */
export function personalFieldsOfKind(kind: MatterKind): readonly PersonalField[] {
  let fields = fieldsByKind.get(kind);
  if (!fields) {
    const definition = matterDefinitions[kind];
    if (!definition) throw new Error(`no matter kind ${kind}`);
    fields = personalFieldsOf(definition.form);
    fieldsByKind.set(kind, fields);
  }
  return fields;
}

export class PersonalDataVault {
  constructor(
    readonly envelope: Envelope,
    readonly blindIndex: BlindIndex,
  ) {}

  /** The form as PostgreSQL keeps it. Values already sealed stay as they are, so sealing is idempotent. */
  sealForm(matterId: string, kind: MatterKind, form: unknown): StoredMatterForm {
    const sealed = mapPersonalFields(form, personalFieldsOfKind(kind), (value, _field, at) =>
      typeof value === 'string' && !isSealed(value) ? this.envelope.seal(value, formContext(matterId, at)) : value,
    ) as Record<string, unknown>;
    return { sealed, personIndex: this.personIndexOf(matterId, form) };
  }

  /** The form as submitted, for those entitled to read it (the caller has checked that). */
  openForm(matterId: string, kind: MatterKind, stored: unknown): Record<string, unknown> {
    return mapPersonalFields(stored, personalFieldsOfKind(kind), (value, _field, at) => (isSealed(value) ? this.envelope.open(value, formContext(matterId, at)) : value)) as Record<string, unknown>;
  }

  /** The form as a reader sees it: in full when revealed, otherwise with every personal value masked. */
  formForReader(matterId: string, kind: MatterKind, stored: unknown, reveal: boolean): { form: Record<string, unknown>; personalFields: string[] } {
    const fields = personalFieldsOfKind(kind);
    const opened = this.openForm(matterId, kind, stored);
    const form = reveal ? opened : (mapPersonalFields(opened, fields, (value, field) => maskPersonalValue(field.kind, value)) as Record<string, unknown>);
    return { form, personalFields: fields.map((field) => field.path.join('.')) };
  }

  /** The stored form with every data key wrapped by the current key-encryption key. */
  rewrapForm(kind: MatterKind, stored: unknown): unknown {
    return mapPersonalFields(stored, personalFieldsOfKind(kind), (value) => (isSealed(value) ? this.envelope.rewrap(value) : value));
  }

  sealLedgerIdentity(matterId: string, department: string, identityNumber: string): string {
    return isSealed(identityNumber) ? identityNumber : this.envelope.seal(identityNumber, ledgerContext(matterId, department));
  }

  openLedgerIdentity(matterId: string, department: string, stored: string): string {
    return isSealed(stored) ? this.envelope.open(stored, ledgerContext(matterId, department)) : stored;
  }

  personIndex(identityNumber: string): string {
    return this.blindIndex.identityNumber(identityNumber);
  }

  private personIndexOf(matterId: string, form: unknown): string | null {
    const value = (form as { person?: { identityNumber?: unknown } } | null)?.person?.identityNumber;
    if (typeof value !== 'string') return null;
    return this.personIndex(isSealed(value) ? this.envelope.open(value, formContext(matterId, 'person.identityNumber')) : value);
  }
}
