/**
 * `npm run build`: the production output in `dist/` — the API, the workers and everything they
 * import compiled to JavaScript (Node runs it as is, no TypeScript loader at run time), the files
 * they read beside them, and the workflow bundle prebuilt, so a worker starts without webpack.
 *
 * The sources import each other without file extensions (the `Bundler` resolution the whole
 * project type-checks with), which Node's ES module loader does not accept; the compiler is
 * therefore driven from here, and a transformer rewrites every relative import to the file it
 * resolves to (`./keys` → `./keys.js`, `./routes` → `./routes/index.js`). The sources stay as
 * they are.
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import ts from 'typescript';
import { projectRoot } from '../config/env';
import { prebuiltWorkflowBundleName, workflowBundleSources } from '../worker/create-workers';

const outDir = resolve(projectRoot, 'dist');
/** Files the compiled code reads at run time, next to the module that reads them. */
const assets = ['config/wage-scale.json', 'db/migrations'];

const started = Date.now();
const log = (message: string) => console.log(`[build] ${message}`);

await rm(outDir, { recursive: true, force: true });
compile();
for (const asset of assets) await cp(resolve(projectRoot, asset), join(outDir, asset), { recursive: true });
log('bundling the workflows');
const { code } = await bundleWorkflowCode({ ...workflowBundleSources, logger: { log: () => {}, trace: () => {}, debug: () => {}, info: () => {}, warn: console.warn, error: console.error } });
await writeFile(join(outDir, prebuiltWorkflowBundleName), code);
log(`dist/ ready in ${((Date.now() - started) / 1000).toFixed(1)} s: node dist/api/main.js, node dist/worker/main.js`);

function compile(): void {
  const configFile = resolve(projectRoot, 'tsconfig.build.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail([diagnostic]) });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  log(`compiling ${parsed.fileNames.length} files`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
  const preEmit = ts.getPreEmitDiagnostics(program);
  if (preEmit.length > 0) fail(preEmit);
  const result = program.emit(undefined, undefined, undefined, false, { after: [withResolvedSpecifiers(parsed.options)] });
  if (result.emitSkipped || result.diagnostics.length > 0) fail(result.diagnostics);
}

function fail(diagnostics: readonly ts.Diagnostic[]): never {
  const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => projectRoot, getNewLine: () => '\n' };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.exit(1);
}

/** Rewrites relative module specifiers of imports, re-exports and dynamic imports to the emitted `.js` files they resolve to. */
function withResolvedSpecifiers(options: ts.CompilerOptions): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (sourceFile) => {
    const resolveSpecifier = (specifier: string): string => {
      if (!specifier.startsWith('.')) return specifier;
      const resolved = ts.resolveModuleName(specifier, sourceFile.fileName, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport || !/\.tsx?$/.test(resolved.resolvedFileName)) {
        throw new Error(`${relative(projectRoot, sourceFile.fileName)}: cannot resolve '${specifier}' to a source file of the build`);
      }
      const target = relative(dirname(sourceFile.fileName), resolved.resolvedFileName).replace(/\.tsx?$/, '.js');
      return target.startsWith('.') ? target : `./${target}`;
    };
    const literal = (node: ts.Expression | undefined) => (node && ts.isStringLiteral(node) ? context.factory.createStringLiteral(resolveSpecifier(node.text)) : node);
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isImportDeclaration(node)) {
        return context.factory.updateImportDeclaration(node, node.modifiers, node.importClause, literal(node.moduleSpecifier)!, node.attributes);
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        return context.factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, literal(node.moduleSpecifier), node.attributes);
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
        return context.factory.updateCallExpression(node, node.expression, node.typeArguments, [literal(node.arguments[0])!, ...node.arguments.slice(1)]);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sourceFile, visit) as ts.SourceFile;
  };
}
