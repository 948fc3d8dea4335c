/**
 * 盲索引: equality lookups on encrypted values. HMAC-SHA-256 under a key of its own
 * (BLIND_INDEX_KEY, never a data or codec key): the same identity number always gives the same
 * index, so "this person's pension enrolments" or "this person's matters" is an indexed equality
 * query, while the index alone tells nothing of the number without the key.
 */
import { createHmac } from 'node:crypto';

export class BlindIndex {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('the blind index key must be at least 256 bits');
  }

  /** The index of an identity number, however it was typed (spaces around, lowercase x). */
  identityNumber(value: string): string {
    return createHmac('sha256', this.key).update(`identity-number:${value.trim().toUpperCase()}`).digest('hex');
  }
}
