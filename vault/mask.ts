/**
 * How each kind of personal data shows to a reader who has not asked to see it in full: enough
 * to recognise the person, never enough to rebuild a value (the birth date is hidden whole, since
 * with it the masked identity number would be complete again).
 */
import { maskIdentityNumber, maskName } from '../certificates/mask';
import type { PersonalDataKind } from '../schemas/personal-data';

/** 13800001234 → 138****1234: the carrier prefix and the last four stay. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  return value.length <= 7 ? '*'.repeat(value.length) : value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

const masks: Record<PersonalDataKind, (value: string) => string> = {
  name: maskName,
  'identity-number': maskIdentityNumber,
  phone: maskPhone,
  'birth-date': (value) => value.replace(/\d/g, '*'),
};

export function maskPersonalValue(kind: PersonalDataKind, value: unknown): unknown {
  return typeof value === 'string' ? masks[kind](value) : value;
}
