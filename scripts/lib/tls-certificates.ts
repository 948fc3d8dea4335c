/**
 * A private certificate authority and the certificates a mutual-TLS Temporal cluster needs:
 * one for the Temporal services (the frontend's listener and their traffic among each other)
 * and one for the clients the project runs (workers, API replicas, the `temporal` CLI).
 *
 * Keys come from node:crypto; node-forge only assembles and signs the X.509 structures, which
 * node:crypto cannot. Nothing here depends on an `openssl` binary being installed.
 */
import { generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';

export interface Pem {
  cert: string;
  key: string;
}

export interface ClusterCertificates {
  dir: string;
  /** The CA both sides trust: the frontend checks client certificates against it, clients the frontend's. */
  caFile: string;
  /** The services' certificate and key (server and client auth: internode traffic is mutual too). */
  serverCertFile: string;
  serverKeyFile: string;
  /** The certificate and key workers, API replicas and operators present. */
  clientCertFile: string;
  clientKeyFile: string;
  /** The name the services' certificate is issued to; clients check it (TEMPORAL_TLS_SERVER_NAME). */
  serverName: string;
}

/** Names and addresses the services' certificate is valid for: the cluster listens on loopback. */
export const clusterServerName = 'localhost';
const serverAddresses = ['127.0.0.1'];

const validityDays = 365;
/** Certificates closer than this to expiry are issued anew on the next start. */
const renewWithinDays = 30;

/**
 * The cluster's certificates in `dir`, issued on first use and again when any is missing or
 * about to expire; otherwise the same files, so clients configured earlier keep working.
 */
export async function ensureClusterCertificates(dir: string): Promise<ClusterCertificates> {
  const files: ClusterCertificates = {
    dir,
    caFile: join(dir, 'ca.pem'),
    serverCertFile: join(dir, 'server.pem'),
    serverKeyFile: join(dir, 'server-key.pem'),
    clientCertFile: join(dir, 'client.pem'),
    clientKeyFile: join(dir, 'client-key.pem'),
    serverName: clusterServerName,
  };
  if (await allValid([files.caFile, files.serverCertFile, files.clientCertFile])) return files;

  await mkdir(dir, { recursive: true, mode: 0o700 });
  const ca = createCertificateAuthority('Yijianshi local Temporal CA');
  const server = issueCertificate(ca, { commonName: 'temporal-cluster', dnsNames: [clusterServerName], ipAddresses: serverAddresses, usages: ['serverAuth', 'clientAuth'] });
  const client = issueCertificate(ca, { commonName: 'yijianshi-client', usages: ['clientAuth'] });
  await writeAtomically(files.caFile, ca.cert);
  await writeAtomically(files.serverKeyFile, server.key, 0o600);
  await writeAtomically(files.serverCertFile, server.cert);
  await writeAtomically(files.clientKeyFile, client.key, 0o600);
  await writeAtomically(files.clientCertFile, client.cert);
  return files;
}

/** A self-signed CA certificate and its key. */
export function createCertificateAuthority(commonName: string): Pem {
  const { privateKey, publicKey } = rsaKeyPair();
  const cert = newCertificate(publicKey, commonName);
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: forge.pki.privateKeyToPem(privateKey) };
}

export interface LeafRequest {
  commonName: string;
  dnsNames?: string[];
  ipAddresses?: string[];
  usages: ('serverAuth' | 'clientAuth')[];
}

/** An end-entity certificate signed by `ca`. */
export function issueCertificate(ca: Pem, request: LeafRequest): Pem {
  const caCert = forge.pki.certificateFromPem(ca.cert);
  const caKey = forge.pki.privateKeyFromPem(ca.key);
  const { privateKey, publicKey } = rsaKeyPair();
  const cert = newCertificate(publicKey, request.commonName);
  cert.setIssuer(caCert.subject.attributes);
  const altNames = [
    ...(request.dnsNames ?? []).map((value) => ({ type: 2, value })),
    ...(request.ipAddresses ?? []).map((ip) => ({ type: 7, ip })),
  ];
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: request.usages.includes('serverAuth'), clientAuth: request.usages.includes('clientAuth') },
    ...(altNames.length > 0 ? [{ name: 'subjectAltName', altNames }] : []),
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: forge.pki.privateKeyToPem(privateKey) };
}

function newCertificate(publicKey: forge.pki.rsa.PublicKey, commonName: string): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // Positive (high bit clear) and unique, as RFC 5280 asks and Go's parser insists.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  const now = Date.now();
  // An hour's grace for clocks a little behind ours.
  cert.validity.notBefore = new Date(now - 3600_000);
  cert.validity.notAfter = new Date(now + validityDays * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: commonName }, { name: 'organizationName', value: 'Yijianshi' }]);
  return cert;
}

/** RSA keys from node:crypto (native and fast; forge's own generator is pure JavaScript). */
function rsaKeyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  return { privateKey: forge.pki.privateKeyFromPem(pair.privateKey), publicKey: forge.pki.publicKeyFromPem(pair.publicKey) };
}

async function allValid(certFiles: string[]): Promise<boolean> {
  const horizon = Date.now() + renewWithinDays * 86_400_000;
  for (const file of certFiles) {
    const pem = await readFile(file, 'utf8').catch(() => undefined);
    if (!pem || Date.parse(new X509Certificate(pem).validTo) < horizon) return false;
  }
  return true;
}

async function writeAtomically(file: string, content: string, mode = 0o644): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, content, { mode });
  await chmod(partial, mode);
  await rename(partial, file);
}
