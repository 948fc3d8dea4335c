/**
 * Renders a kustomization into the objects `kubectl kustomize` would apply — the part of
 * kustomize the manifests under deploy/k8s use, so `npm test` can validate what production
 * applies without kustomize installed (no registry the machines reach ships it as a binary):
 * `resources` (files and kustomization directories), `namespace`, `labels` (metadata only, as
 * kustomize does without includeSelectors/includeTemplates), `images`, and `patches` given as
 * strategic-merge files. Anything else in a kustomization is refused, so a manifest that starts
 * using more of kustomize fails the test here instead of being validated half-rendered.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<string, unknown>;

interface Kustomization {
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: false; includeTemplates?: false }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
}

const supportedFields = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'patches']);

export function renderKustomization(dir: string): K8sObject[] {
  const file = join(dir, 'kustomization.yaml');
  const [kustomization] = readYaml(file) as [Kustomization & Record<string, unknown>];
  const unsupported = Object.keys(kustomization).filter((key) => !supportedFields.has(key));
  if (unsupported.length > 0) throw new Error(`${file}: ${unsupported.join(', ')} not supported by this renderer`);

  let objects = (kustomization.resources ?? []).flatMap((entry) => {
    const path = resolve(dir, entry);
    return statSync(path).isDirectory() ? renderKustomization(path) : (readYaml(path) as K8sObject[]);
  });
  for (const { path } of kustomization.patches ?? []) {
    for (const patch of readYaml(resolve(dir, path)) as K8sObject[]) {
      const target = objects.find((object) => object.kind === patch.kind && object.metadata.name === patch.metadata.name);
      if (!target) throw new Error(`${path}: no ${patch.kind} ${patch.metadata.name} to patch`);
      objects = objects.map((object) => (object === target ? (strategicMerge(object, patch) as K8sObject) : object));
    }
  }
  for (const { pairs, ...rest } of kustomization.labels ?? []) {
    if (Object.keys(rest).length > 0) throw new Error(`${file}: labels support pairs only (metadata labels)`);
    for (const object of objects) object.metadata.labels = { ...object.metadata.labels, ...pairs };
  }
  for (const image of kustomization.images ?? []) {
    for (const object of objects) for (const container of containersOf(object)) container.image = retag(container.image, image);
  }
  if (kustomization.namespace) for (const object of objects) object.metadata.namespace = kustomization.namespace;
  return objects;
}

function readYaml(file: string): unknown[] {
  // YAML 1.1, as Kubernetes reads manifests: `defaultMode: 0440` is octal there (288), decimal 440 in YAML 1.2.
  return parseAllDocuments(readFileSync(file, 'utf8'), { version: '1.1' }).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
    return document.toJS();
  });
}

/** Lists merged by a key rather than replaced, as Kubernetes' strategic merge does for them. */
const mergeKeys: Record<string, string> = { containers: 'name', initContainers: 'name', volumes: 'name', env: 'name', ports: 'containerPort', volumeMounts: 'mountPath' };

function strategicMerge(base: unknown, patch: unknown, key?: string): unknown {
  if (Array.isArray(base) && Array.isArray(patch) && key && mergeKeys[key]) {
    const by = mergeKeys[key]!;
    const merged = base.map((item) => {
      const update = patch.find((candidate) => candidate?.[by] === item?.[by]);
      return update ? strategicMerge(item, update) : item;
    });
    return [...merged, ...patch.filter((candidate) => !base.some((item) => item?.[by] === candidate?.[by]))];
  }
  if (isRecord(base) && isRecord(patch)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [field, value] of Object.entries(patch)) {
      if (value === null) delete merged[field];
      else merged[field] = field in base ? strategicMerge(base[field], value, field) : value;
    }
    return merged;
  }
  return patch;
}

function containersOf(object: K8sObject): { image: string }[] {
  const pod = (object.spec as { template?: { spec?: { containers?: { image: string }[]; initContainers?: { image: string }[] } } } | undefined)?.template?.spec;
  return [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])];
}

function retag(image: string, { name, newName, newTag }: { name: string; newName?: string; newTag?: string }): string {
  const match = /^(?<repository>[^@]+?)(?::(?<tag>[^:/@]+))?(?:@(?<digest>.+))?$/.exec(image);
  if (match?.groups?.repository !== name) return image;
  return `${newName ?? name}${newTag ? `:${newTag}` : match.groups.tag ? `:${match.groups.tag}` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
