/**
 * The Kubernetes manifests under deploy/k8s, rendered as kustomize would (base and production
 * overlay), validated against the Kubernetes API schemas offline with kubernetes-validate
 * (kubeconform would fetch its schemas at run time, which these machines cannot), and checked
 * for what the README promises: probes, the configuration the processes read, scaling that
 * targets what exists.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCertificateKeySpec } from '../../certificates/keys';
import { generateBlindIndexKey } from '../../vault/keys';
import { generateCodecKeySpec } from '../../codec/keys';
import { loadEnv, projectRoot } from '../../config/env';
import { kubernetesValidate, validateManifests } from '../../scripts/lib/kubernetes-validate';
import { renderKustomization, type K8sObject } from '../../scripts/lib/kustomize';

const k8s = resolve(projectRoot, 'deploy/k8s');
/** The oldest release still widely run, and the newest the validator knows. */
const kubernetesVersions = ['1.31.0', '1.37.0'];
const log = (message: string) => console.log(`[k8s] ${message}`);

async function writeManifest(objects: object[]): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'yijianshi-k8s-')), 'rendered.yaml');
  await writeFile(file, objects.map((object) => stringify(object)).join('---\n'));
  return file;
}

type Container = { name: string; image: string; command: string[]; envFrom: object[]; livenessProbe?: any; readinessProbe?: any; volumeMounts: { name: string; mountPath: string }[] };
const podSpec = (deployment: K8sObject) => (deployment.spec as any).template.spec as { containers: Container[]; volumes: any[] };
const byKind = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) => objects.find((object) => object.kind === kind && object.metadata.name === name)!;

beforeAll(async () => {
  // A fresh machine installs the validator from PyPI here (~40 s, once).
  await kubernetesValidate(log);
}, 180_000);

describe('Kubernetes manifests', () => {
  const overlays = { base: renderKustomization(join(k8s, 'base')), production: renderKustomization(join(k8s, 'overlays/production')) };

  it.each(Object.entries(overlays))('%s validates strictly against the Kubernetes schemas', async (_name, objects) => {
    const file = await writeManifest(objects);
    for (const version of kubernetesVersions) {
      const result = await validateManifests([file], version, log);
      expect(result.ok, `Kubernetes ${version}:\n${result.output}`).toBe(true);
    }
  }, 60_000);

  it('the validator catches a misplaced field (so a pass means something)', async () => {
    const deployment = structuredClone(named(overlays.production, 'Deployment', 'yijianshi-api'));
    const [container] = podSpec(deployment).containers;
    (container as any).readinesProbe = container!.readinessProbe;
    const result = await validateManifests([await writeManifest([deployment])], kubernetesVersions[1]!, log);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/readinesProbe/);
  }, 60_000);

  it('production runs the released image in its namespace, with probes on /readyz and /healthz', () => {
    const objects = overlays.production;
    expect(new Set(objects.map((object) => object.metadata.namespace))).toEqual(new Set(['yijianshi']));
    const api = podSpec(named(objects, 'Deployment', 'yijianshi-api')).containers[0]!;
    const worker = podSpec(named(objects, 'Deployment', 'yijianshi-worker')).containers[0]!;
    for (const container of [api, worker]) expect(container.image).toBe('registry.example.gov.cn/yijianshi/yijianshi:0.1.0');
    expect(api.command).toEqual(['node', 'dist/api/main.js']);
    expect(worker.command).toEqual(['node', 'dist/worker/main.js']);
    expect(api.readinessProbe.httpGet.path).toBe('/readyz');
    expect(api.livenessProbe.httpGet.path).toBe('/healthz');
    expect(worker.livenessProbe.httpGet).toBeDefined();
  });

  it('gives both processes a configuration the project accepts, secrets from Secrets, the TLS files where the Secret is mounted', () => {
    const objects = overlays.production;
    const configMap = named(objects, 'ConfigMap', 'yijianshi') as K8sObject & { data: Record<string, string> };
    // What the Secret `yijianshi` supplies in production.
    const secrets = {
      DATABASE_URL: 'postgres://yijianshi:secret@db.internal:5432/yijianshi',
      AUTH_SECRET: 'a-production-secret-of-thirty-two-chars-or-more',
      CODEC_KEYS: generateCodecKeySpec('k1'),
      CERTIFICATE_SIGNING_KEYS: generateCertificateKeySpec('c1'),
      DATA_KEYS: generateCodecKeySpec('d1'),
      BLIND_INDEX_KEY: generateBlindIndexKey(),
    };
    const env = loadEnv({ ...configMap.data, ...secrets });
    expect(env.TEMPORAL_ADDRESS).toMatch(/^temporal-frontend\./);
    for (const deployment of byKind(objects, 'Deployment')) {
      const spec = podSpec(deployment);
      const [container] = spec.containers;
      expect(container!.envFrom).toEqual([{ configMapRef: { name: 'yijianshi' } }, { secretRef: { name: 'yijianshi' } }]);
      const tlsVolume = spec.volumes.find((volume) => volume.secret?.secretName === 'yijianshi-temporal-client');
      const mount = container!.volumeMounts.find((volumeMount) => volumeMount.name === tlsVolume?.name);
      for (const file of [env.TEMPORAL_TLS_CLIENT_CERT_PATH, env.TEMPORAL_TLS_CLIENT_KEY_PATH, env.TEMPORAL_TLS_SERVER_CA_CERT_PATH]) {
        expect(file?.startsWith(`${mount?.mountPath}/`), `${deployment.metadata.name} mounts ${file}`).toBe(true);
      }
    }
  });

  it('scales, protects and isolates exactly the two Deployments', () => {
    const objects = overlays.production;
    const deployments = byKind(objects, 'Deployment').map((deployment) => deployment.metadata.name).sort();
    expect(deployments).toEqual(['yijianshi-api', 'yijianshi-worker']);
    const podLabels = (name: string) => (named(objects, 'Deployment', name).spec as any).template.metadata.labels as Record<string, string>;
    const selects = (selector: Record<string, string>, name: string) => Object.entries(selector).every(([key, value]) => podLabels(name)[key] === value);
    expect(byKind(objects, 'HorizontalPodAutoscaler').map((hpa) => (hpa.spec as any).scaleTargetRef.name).sort()).toEqual(deployments);
    for (const kind of ['PodDisruptionBudget', 'NetworkPolicy']) {
      const covered = deployments.filter((name) => byKind(objects, kind).some((object) => selects(((object.spec as any).selector ?? (object.spec as any).podSelector).matchLabels, name)));
      expect(covered, kind).toEqual(deployments);
    }
  });
});
