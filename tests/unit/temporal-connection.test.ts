import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporalConnectionOptions } from '../../startup/temporal';
import { loadEnv } from '../../config/env';

const pem = (label: string) => `-----BEGIN ${label}-----\nAAAA\n-----END ${label}-----\n`;

describe('Temporal connection settings from the environment', () => {
  it('connects in plain text to the dev server when nothing is set', async () => {
    expect(await temporalConnectionOptions(loadEnv({}))).toEqual({ address: '127.0.0.1:7233' });
  });

  it('takes mutual TLS from files or inline PEM, by the names the temporal CLI reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yijianshi-tls-'));
    await writeFile(join(dir, 'client.pem'), pem('CERTIFICATE'));
    await writeFile(join(dir, 'ca.pem'), pem('CERTIFICATE'));
    const options = await temporalConnectionOptions(
      loadEnv({
        TEMPORAL_ADDRESS: 'temporal-frontend:7233',
        TEMPORAL_TLS_CLIENT_CERT_PATH: join(dir, 'client.pem'),
        TEMPORAL_TLS_CLIENT_KEY_DATA: pem('PRIVATE KEY'),
        TEMPORAL_TLS_SERVER_CA_CERT_PATH: join(dir, 'ca.pem'),
        TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
      }),
    );
    expect(options.address).toBe('temporal-frontend:7233');
    expect(options.tls?.serverNameOverride).toBe('temporal.internal');
    expect(Buffer.from(options.tls!.clientCertPair!.crt).toString()).toBe(pem('CERTIFICATE'));
    expect(Buffer.from(options.tls!.clientCertPair!.key).toString()).toBe(pem('PRIVATE KEY'));
    expect(Buffer.from(options.tls!.serverRootCACertificate!).toString()).toBe(pem('CERTIFICATE'));
    expect(options.apiKey).toBeUndefined();
  });

  it('sends a Temporal Cloud API key over TLS with the system trust store', async () => {
    expect(await temporalConnectionOptions(loadEnv({ TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', TEMPORAL_API_KEY: 'key-123' }))).toEqual({
      address: 'ns.acct.tmprl.cloud:7233',
      tls: {},
      apiKey: 'key-123',
    });
    expect((await temporalConnectionOptions(loadEnv({ TEMPORAL_TLS: 'true' }))).tls).toEqual({});
  });

  it('names the variable whose file cannot be read', async () => {
    await expect(temporalConnectionOptions(loadEnv({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/nonexistent/ca.pem' }))).rejects.toThrow(/TEMPORAL_TLS_SERVER_CA_CERT_PATH=\/nonexistent\/ca.pem/);
  });

  it('refuses half a key pair, a setting given twice, and TLS switched off beside TLS settings', () => {
    expect(() => loadEnv({ TEMPORAL_TLS_CLIENT_CERT_PATH: '/c.pem' })).toThrow(/TEMPORAL_TLS_CLIENT_KEY_PATH: a client certificate needs its key/);
    expect(() => loadEnv({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/ca.pem', TEMPORAL_TLS_SERVER_CA_CERT_DATA: pem('CERTIFICATE') })).toThrow(/TEMPORAL_TLS_SERVER_CA_CERT_DATA: give .* not both/);
    expect(() => loadEnv({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k' })).toThrow(/TEMPORAL_TLS: .*contradicts/);
    expect(() => loadEnv({ TEMPORAL_TLS: 'maybe' })).toThrow(/TEMPORAL_TLS/);
  });
});
