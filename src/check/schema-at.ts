/**
 * The part of a file's JSON Schema that describes the value at a JSON pointer. Rules about
 * typed text need to know what a field is (a number, an enum, an id, free text) without
 * duplicating the schemas, which stay the single source of truth.
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaName } from './schema-name.js';

export interface SubSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  properties?: Record<string, SubSchema>;
  items?: SubSchema;
  $ref?: string;
  definitions?: Record<string, SubSchema>;
  [key: string]: unknown;
}

const roots = new Map<SchemaName, SubSchema>();

function root(name: SchemaName): SubSchema {
  let schema = roots.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(SCHEMA_DIR + SCHEMA_FILES[name], 'utf8')) as SubSchema;
    roots.set(name, schema);
  }
  return schema;
}

function resolve(schema: SubSchema | undefined, top: SubSchema): SubSchema | undefined {
  let s = schema;
  // Local references only (#/definitions/X), as our schemas use; a loop ends after a few hops.
  for (let hops = 0; s?.$ref !== undefined && hops < 10; hops++) {
    const m = /^#\/definitions\/(.+)$/.exec(s.$ref);
    s = m ? top.definitions?.[m[1] ?? ''] : undefined;
  }
  return s;
}

/** The subschema at `pointer`, or undefined where the schema says nothing (unknown field). */
export function schemaAt(name: SchemaName, pointer: string): SubSchema | undefined {
  const top = root(name);
  let s = resolve(top, top);
  if (pointer === '') return s;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!s) return undefined;
    if (/^\d+$/.test(seg) && s.items) s = resolve(s.items, top);
    else if (s.properties && Object.hasOwn(s.properties, seg)) s = resolve(s.properties[seg], top);
    else return undefined;
  }
  return s;
}

export function isNumeric(s: SubSchema | undefined): boolean {
  const types = s?.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  return types.includes('number') || types.includes('integer');
}
