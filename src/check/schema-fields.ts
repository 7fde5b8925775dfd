/**
 * The JSON Schemas (schemas/) as data for editor help: which schema node describes the value at
 * a path in a file, and which fields hold ids from a register. `staat schemas` and the language
 * server both read the Dutch titles, descriptions and value lists from here, so the help an
 * editor shows is the same text the format defines.
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaName } from './schema-name.js';

export type Json = Record<string, unknown>;

/** A register whose ids a field refers to. */
export type RegisterRef = 'organisaties' | 'themas' | 'ministeries' | 'oproepen';

/** Fields whose values are register ids, as schema pointers (after `$ref` resolution). */
export const REGISTER_FIELDS: Partial<Record<SchemaName, Record<string, RegisterRef>>> = {
  stand: {
    '/properties/organisatie': 'organisaties',
    '/definitions/Knelpunt/properties/thema': 'themas',
    '/definitions/Knelpunt/properties/subthemas/items': 'themas',
    '/definitions/Knelpunt/properties/ketenpartners/items': 'organisaties',
    '/definitions/Knelpunt/properties/opdrachtgever': 'ministeries',
    '/definitions/Knelpunt/properties/oproepen/items': 'oproepen',
    '/definitions/Lichtpunt/properties/thema': 'themas',
    '/definitions/Lichtpunt/properties/organisaties/items': 'organisaties',
    '/definitions/Dilemma/properties/thema': 'themas',
  },
  organisaties: {
    '/definitions/DriehoekPeriode/properties/eigenaar': 'ministeries',
    '/definitions/DriehoekPeriode/properties/opdrachtgevers/items': 'ministeries',
  },
  ministeries: { '/definitions/Ministerie/properties/opvolger': 'ministeries' },
  themas: { '/definitions/Thema/properties/oproepen/items': 'oproepen' },
};

const cache = new Map<SchemaName, Json>();

/** The schema file as written (parsed once per process; callers must not change it). */
export function rawSchema(name: SchemaName): Json {
  let schema = cache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(SCHEMA_DIR + SCHEMA_FILES[name], 'utf8')) as Json;
    cache.set(name, schema);
  }
  return schema;
}

export interface SchemaNode {
  node: Json;
  /** JSON pointer of the node in its schema file, e.g. `/definitions/Knelpunt/properties/thema`. */
  pointer: string;
}

/** `#/definitions/X` → the node and its pointer; anything else stays where it is. */
function resolveRef(root: Json, at: SchemaNode): SchemaNode {
  const ref = at.node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return at;
  let node: unknown = root;
  for (const key of ref.slice(2).split('/')) node = node !== null && typeof node === 'object' ? (node as Json)[key] : undefined;
  return node !== null && typeof node === 'object' ? { node: node as Json, pointer: ref.slice(1) } : at;
}

/**
 * The schema node of the value at `path` (property names, and `*` for a list item), or
 * undefined when the path leaves the format.
 */
export function schemaAt(name: SchemaName, path: readonly string[]): SchemaNode | undefined {
  const root = rawSchema(name);
  let at: SchemaNode = resolveRef(root, { node: root, pointer: '' });
  for (const segment of path) {
    const child = segment === '*' ? at.node['items'] : (at.node['properties'] as Json | undefined)?.[segment];
    if (child === null || typeof child !== 'object') return undefined;
    const pointer = segment === '*' ? `${at.pointer}/items` : `${at.pointer}/properties/${segment}`;
    at = resolveRef(root, { node: child as Json, pointer });
  }
  return at;
}

export function registerOf(name: SchemaName, pointer: string): RegisterRef | undefined {
  return REGISTER_FIELDS[name]?.[pointer];
}

/** The Dutch description of each value of an `enum`, when the schema gives one. */
export function enumDescriptions(node: Json): Map<string, string> {
  const values = Array.isArray(node['enum']) ? (node['enum'] as unknown[]) : [];
  const texts = Array.isArray(node['markdownEnumDescriptions']) ? (node['markdownEnumDescriptions'] as unknown[]) : [];
  const out = new Map<string, string>();
  values.forEach((v, i) => {
    const text = texts[i];
    if (typeof text === 'string') out.set(String(v), text);
  });
  return out;
}
