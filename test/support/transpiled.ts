/**
 * Worker threads under vitest: the sources are TypeScript, so there is no compiled worker next
 * to them. A test that starts real workers transpiles the worker and the modules it imports to a
 * scratch folder inside the repository (so `unified`, `pagefind` & co. resolve from
 * node_modules). Returns the folder; remove it when done.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export function transpileToScratch(name: string, sourceDir: string, files: readonly string[]): string {
  const scratch = path.resolve('node_modules/.cache', `staat-${name}-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  // node_modules is a package boundary: without this, Node would load the files as CommonJS.
  writeFileSync(path.join(scratch, 'package.json'), '{"type":"module"}');
  for (const file of files) {
    const source = readFileSync(path.resolve(sourceDir, file), 'utf8');
    const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(path.join(scratch, file.replace(/\.ts$/, '.js')), out.outputText);
  }
  return scratch;
}
