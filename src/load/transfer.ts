/**
 * SourceFiles cross thread boundaries as plain data. The YAML AST cannot be cloned, so the
 * receiving side re-parses it only if something asks for it (a problem to locate), which in a
 * clean tree never happens.
 */
import type { Document } from 'yaml';
import type { Diagnostic } from '../lint/diagnostic.js';
import { Positions } from './positions.js';
import { emptySourceFile, type SourceFile } from './source-file.js';
import type { FileKind, RegisterName } from './walk.js';
import { parseYaml } from './yaml-source.js';

export interface TransferFile {
  path: string;
  absPath: string;
  kind: FileKind;
  register?: RegisterName;
  text: string;
  yamlOffset: number;
  yamlLength: number;
  parsed: boolean;
  data: unknown;
  bodyOffset?: number;
  diagnostics: Diagnostic[];
  schemaValid?: boolean;
  knelpuntLines?: number[];
  loadMs?: number;
}

export function toTransfer(file: SourceFile): TransferFile {
  const t: TransferFile = {
    path: file.path,
    absPath: file.absPath,
    kind: file.kind,
    text: file.text,
    yamlOffset: file.yamlOffset,
    yamlLength: file.yaml.length,
    parsed: file.doc !== undefined,
    data: file.data,
    diagnostics: file.diagnostics,
  };
  if (file.register) t.register = file.register;
  if (file.body) t.bodyOffset = file.body.offset;
  if (file.schemaValid !== undefined) t.schemaValid = file.schemaValid;
  if (file.knelpuntLines) t.knelpuntLines = file.knelpuntLines;
  if (file.loadMs !== undefined) t.loadMs = file.loadMs;
  return t;
}

export function fromTransfer(t: TransferFile): SourceFile {
  const file = emptySourceFile(t.path, t.absPath, t.kind, t.register);
  file.text = t.text;
  file.positions = new Positions(t.text);
  file.yamlOffset = t.yamlOffset;
  file.yaml = t.text.slice(t.yamlOffset, t.yamlOffset + t.yamlLength);
  file.data = t.data;
  file.diagnostics = t.diagnostics;
  if (t.bodyOffset !== undefined) file.body = { markdown: t.text.slice(t.bodyOffset), offset: t.bodyOffset };
  if (t.schemaValid !== undefined) file.schemaValid = t.schemaValid;
  if (t.knelpuntLines) file.knelpuntLines = t.knelpuntLines;
  if (t.loadMs !== undefined) file.loadMs = t.loadMs;
  if (t.parsed) {
    let doc: Document.Parsed | undefined;
    let done = false;
    Object.defineProperty(file, 'doc', {
      get: () => {
        if (!done) {
          doc = parseYaml(file.yaml).doc;
          done = true;
        }
        return doc;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return file;
}
