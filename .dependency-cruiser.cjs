/**
 * The layers of the code, top to bottom; a module imports only from its own layer or below
 * (type imports included), and never in a circle. `npm test` runs this (scripts/test.ts) and
 * fails on any import against it. The README's Architecture section lists the same layers.
 */
const layers = [
  { name: 'entry points', path: '^(scripts|startup)/|^worker/main\\.ts$|^api/main\\.ts$' },
  { name: 'api', path: '^api/' },
  { name: 'workflows and activities', path: '^(workflows|activities|worker)/' },
  { name: 'features', path: '^(certificates|calendar|directory|webhooks|codec|auth|observability|flow|events|materials|ratings|vault|register)/' },
  { name: 'storage', path: '^db/' },
  { name: 'definitions', path: '^(matters|schemas|config|samples)/|^temporal\\.config\\.ts$' },
];

const entryPoints = layers[0].path;

/** For each layer, one rule that forbids importing any layer above it. */
const upward = layers.slice(1).map((layer, index) => ({
  name: `no-upward-from-${layer.name.replace(/\W+/g, '-')}`,
  comment: `${layer.name} must not import ${layers.slice(0, index + 1).map((above) => above.name).join(', ')}`,
  severity: 'error',
  from: { path: layer.path, pathNot: entryPoints },
  to: { path: layers.slice(0, index + 1).map((above) => above.path).join('|') },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'A circle of imports has no layer order at all.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'workflows-stay-deterministic',
      comment:
        'Workflow code runs in the deterministic sandbox: it imports definitions, the other workflow modules and Temporal’s workflow API, and of everything else only types.',
      severity: 'error',
      from: { path: '^workflows/' },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: '^(workflows|matters|schemas)/|^temporal\\.config\\.ts$|^certificates/kinds\\.ts$|^activities/types\\.ts$|node_modules/(@temporalio/(workflow|common)|zod)/',
      },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|tests|console|dist|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
