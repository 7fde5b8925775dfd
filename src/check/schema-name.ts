/**
 * Which JSON Schema (schemas/, the single source of truth) belongs to which file. Kept apart from
 * the validator (schema.ts) so that rules which only need a schema's name or shape do not load
 * the validation code.
 */
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../load/source-file.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
export const SCHEMA_FILES = {
  edition: 'staat.schema.json',
  stand: 'stand.schema.json',
  ministeries: 'ministeries.schema.json',
  organisaties: 'organisaties.schema.json',
  themas: 'themas.schema.json',
  oproepen: 'oproepen.schema.json',
} as const;
export type SchemaName = keyof typeof SCHEMA_FILES;

export function schemaNameOf(file: SourceFile): SchemaName {
  if (file.kind === 'edition') return 'edition';
  if (file.kind === 'register' && file.register) return file.register;
  return 'stand';
}
