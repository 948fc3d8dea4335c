import { describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeySpec } from '../../config/key-spec';
import { hireFormFor } from '../../samples/forms';
import { hireForm } from '../../schemas/forms/hire';
import { personalFieldsOf } from '../../schemas/personal-data';
import { BlindIndex } from '../../vault/blind-index';
import { Envelope, isSealed, keyIdOf, UnknownDataKey } from '../../vault/envelope';
import { generateBlindIndexKey, vaultOf } from '../../vault/keys';

const ring = (spec: string) => new Envelope(parseKeySpec(spec, 'DATA_KEYS'));

describe('envelope encryption of personal data', () => {
  it('seals a value under a data key of its own and opens it only where it was stored', () => {
    const envelope = ring(generateKeySpec('k1'));
    const sealed = envelope.seal('640302199603150518', 'matters/M1/form/person.identityNumber');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('640302');
    expect(keyIdOf(sealed)).toBe('k1');
    expect(envelope.open(sealed, 'matters/M1/form/person.identityNumber')).toBe('640302199603150518');
    // The same value twice never gives the same ciphertext, and a ciphertext copied to another row does not open.
    expect(envelope.seal('640302199603150518', 'matters/M1/form/person.identityNumber')).not.toBe(sealed);
    expect(() => envelope.open(sealed, 'matters/M2/form/person.identityNumber')).toThrow();
  });

  it('rotates by re-wrapping the data key: the ciphertext stays, the new key alone opens it', () => {
    const oldKey = generateKeySpec('old');
    const newKey = generateKeySpec('new');
    const sealed = ring(oldKey).seal('张三', 'ctx');
    const rewrapped = ring(`${newKey},${oldKey}`).rewrap(sealed);
    expect(keyIdOf(rewrapped)).toBe('new');
    expect(rewrapped.split('.')[3]).toBe(sealed.split('.')[3]);
    expect(ring(newKey).open(rewrapped, 'ctx')).toBe('张三');
    expect(() => ring(newKey).open(sealed, 'ctx')).toThrow(UnknownDataKey);
    expect(ring(`${newKey},${oldKey}`).rewrap(rewrapped)).toBe(rewrapped);
  });

  it('finds the personal fields from the form schema: the one place that marks them', () => {
    expect(personalFieldsOf(hireForm).map((field) => `${field.path.join('.')}:${field.kind}`)).toEqual([
      'person.name:name',
      'person.identityNumber:identity-number',
      'person.birthDate:birth-date',
      'person.phone:phone',
    ]);
  });

  it('stores a form with its personal fields sealed, opens it whole, and shows it masked', () => {
    const vault = vaultOf(generateKeySpec('k1'), generateBlindIndexKey());
    const form = hireFormFor({ identitySuffix: '123' });
    const { sealed, personIndex } = vault.sealForm('M1', 'hire', form);
    const stored = JSON.stringify(sealed);
    for (const value of [form.person.name, form.person.identityNumber, form.person.phone, form.person.birthDate]) expect(stored).not.toContain(value);
    expect((sealed as typeof form).unit).toEqual(form.unit);
    expect(vault.sealForm('M1', 'hire', sealed).sealed).toEqual(sealed);
    expect(vault.openForm('M1', 'hire', sealed)).toEqual(form);
    expect(personIndex).toBe(vault.personIndex(form.person.identityNumber.toLowerCase()));
    const masked = vault.formForReader('M1', 'hire', sealed, false).form as typeof form;
    expect(masked.person).toMatchObject({ name: '张*', identityNumber: '640302********1238'.slice(0, 6) + '********' + form.person.identityNumber.slice(-4), phone: '138****0001', birthDate: '****-**-**' });
  });

  it('indexes identity numbers with a key of its own, however they were typed', () => {
    const index = new BlindIndex(Buffer.from(generateBlindIndexKey(), 'base64'));
    expect(index.identityNumber(' 64030219960315051x ')).toBe(index.identityNumber('64030219960315051X'));
    expect(index.identityNumber('640302199603150518')).not.toBe(new BlindIndex(Buffer.from(generateBlindIndexKey(), 'base64')).identityNumber('640302199603150518'));
  });
});
