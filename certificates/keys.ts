/**
 * The Ed25519 keys certificates are signed with. Configured as `kid:base64` lists:
 * `CERTIFICATE_SIGNING_KEYS` holds private keys (PKCS#8 DER) — the first signs new certificates,
 * every one is published — and `CERTIFICATE_PUBLIC_KEYS` public keys (SPKI DER) published beside
 * them: a retired key whose private half is destroyed, or all an API replica needs, since it
 * only verifies. Rotation is a new key first in the list and the old one moved to the public
 * list: what it signed stays genuine. Locally a key is generated into a file on first use.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SigningKey {
  kid: string;
  key: KeyObject;
}

export interface CertificateKeys {
  /** The key that signs new certificates; none in a process that only verifies. */
  signing?: SigningKey;
  /** Every key whose signatures are genuine, by key id. */
  published: ReadonlyMap<string, KeyObject>;
}

/** A JSON Web Key Set of the published keys (RFC 7517): what `/.well-known/yijianshi-certificate-keys.json` serves. */
export interface CertificateJwks {
  keys: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; alg: 'EdDSA'; use: 'sig' }[];
}

const keyId = /^[A-Za-z0-9._-]{1,64}$/;

export function parseCertificateKeys({ signing = '', published = '' }: { signing?: string; published?: string }): CertificateKeys {
  const privateKeys = entries(signing, 'CERTIFICATE_SIGNING_KEYS').map(([kid, der]) => ({ kid, key: importKey(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), kid) }));
  const publicKeys = entries(published, 'CERTIFICATE_PUBLIC_KEYS').map(([kid, der]) => ({ kid, key: importKey(() => createPublicKey({ key: der, format: 'der', type: 'spki' }), kid) }));
  const keys = new Map<string, KeyObject>();
  for (const { kid, key } of [...privateKeys.map(({ kid, key }) => ({ kid, key: createPublicKey(key) })), ...publicKeys]) {
    if (keys.has(kid)) throw new Error(`certificate key id "${kid}" is given twice`);
    keys.set(kid, key);
  }
  if (keys.size === 0) throw new Error('no certificate key is configured (CERTIFICATE_SIGNING_KEYS or CERTIFICATE_PUBLIC_KEYS)');
  return { ...(privateKeys[0] ? { signing: privateKeys[0] } : {}), published: keys };
}

function entries(spec: string, setting: string): [string, Buffer][] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [kid, material, ...rest] = part.split(':');
      if (!kid || !material || rest.length > 0 || !keyId.test(kid)) throw new Error(`${setting} entries look like "keyId:base64DER" (key ids of letters, digits, . _ -)`);
      return [kid, Buffer.from(material, 'base64')];
    });
}

function importKey(load: () => KeyObject, kid: string): KeyObject {
  let key: KeyObject;
  try {
    key = load();
  } catch (error) {
    throw new Error(`certificate key "${kid}" cannot be read: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`certificate key "${kid}" is ${key.asymmetricKeyType}, not Ed25519`);
  return key;
}

/** A new signing key as `kid:base64(PKCS#8)`, the form `CERTIFICATE_SIGNING_KEYS` takes (`openssl genpkey -algorithm ed25519 -outform DER | base64` makes the same). */
export function generateCertificateKeySpec(kid = `c${Date.now().toString(36)}`): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return `${kid}:${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`;
}

/** Reads the local key file, creating it (readable by its owner only) on first use, so a developer's certificates stay genuine across restarts. */
export function localCertificateKeys(file: string): CertificateKeys {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${generateCertificateKeySpec()}\n`, { mode: 0o600 });
  }
  return parseCertificateKeys({ signing: readFileSync(file, 'utf8') });
}

export function certificateJwks(keys: CertificateKeys): CertificateJwks {
  return {
    keys: [...keys.published].map(([kid, key]) => {
      const { x } = key.export({ format: 'jwk' });
      return { kty: 'OKP', crv: 'Ed25519', x: x!, kid, alg: 'EdDSA', use: 'sig' };
    }),
  };
}
