/**
 * The schemas as an editor with the YAML extension (Red Hat) reads them: the register ids of
 * this tree as `enum`s, each with its Dutch name (`markdownEnumDescriptions`), and a Dutch
 * `errorMessage` on every plain value, because the extension's own messages are English.
 */
import type { RegisterEntry } from './register-entries.js';
import type { SchemaName } from './schema-name.js';
import { rawSchema, REGISTER_FIELDS, type Json, type RegisterRef } from './schema-fields.js';

const REGISTER_FILE: Record<RegisterRef, string> = {
  organisaties: 'registers/organisaties.yaml',
  themas: 'registers/themas.yaml',
  ministeries: 'registers/ministeries.yaml',
  oproepen: 'registers/oproepen.yaml',
};

export function editorSchema(name: SchemaName, registers: ReadonlyMap<RegisterRef, readonly RegisterEntry[]>): Json {
  const schema = structuredClone(rawSchema(name));
  for (const [pointer, register] of Object.entries(REGISTER_FIELDS[name] ?? {})) {
    const node = at(schema, pointer);
    const entries = registers.get(register) ?? [];
    // Only when the register has entries: an empty enum would reject everything.
    if (!node || entries.length === 0) continue;
    const nullable = Array.isArray(node['type']) && (node['type'] as unknown[]).includes('null');
    node['enum'] = [...entries.map((e) => e.id), ...(nullable ? [null] : [])];
    node['markdownEnumDescriptions'] = [...entries.map((e) => (e.description ? `**${e.name}**: ${e.description}` : `**${e.name}**`)), ...(nullable ? ['Geen (null).'] : [])];
    node['errorMessage'] = `Kies een code uit ${REGISTER_FILE[register]} (Ctrl+spatie toont ze met hun naam).`;
  }
  addErrorMessages(schema);
  return schema;
}

function at(schema: Json, pointer: string): Json | undefined {
  let node: unknown = schema;
  for (const key of pointer.slice(1).split('/')) node = node !== null && typeof node === 'object' ? (node as Json)[key] : undefined;
  return node !== null && typeof node === 'object' ? (node as Json) : undefined;
}

/**
 * A Dutch message for each plain value (text, number, yes/no). Not on mappings and lists: the
 * extension would show it for every problem inside them, a missing field included.
 */
function addErrorMessages(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) addErrorMessages(child);
    return;
  }
  const n = node as Json;
  for (const [key, child] of Object.entries(n)) if (key !== 'examples' && key !== 'enum') addErrorMessages(child);
  if (n['errorMessage'] !== undefined || n['properties'] !== undefined || n['items'] !== undefined || n['$ref'] !== undefined) return;
  const message = messageFor(n);
  if (message) n['errorMessage'] = message;
}

function messageFor(n: Json): string | undefined {
  const types = (Array.isArray(n['type']) ? n['type'] : [n['type']]).filter((t): t is string => typeof t === 'string');
  const title = typeof n['title'] === 'string' ? `${n['title']}: ` : '';
  if (Array.isArray(n['enum'])) return `${title}kies een van: ${(n['enum'] as unknown[]).map(String).join(', ')}.`;
  if (n['format'] === 'date') return `${title}schrijf een bestaande datum als JJJJ-MM-DD, zoals "2024-05-15".`;
  if (n['format'] === 'uri') return `${title}schrijf een volledig webadres dat met https:// begint.`;
  if (typeof n['pattern'] === 'string' && (n['pattern'] as string).includes('a-z0-9')) return `${title}alleen kleine letters, cijfers en losse streepjes, zonder spaties (zoals "wajong-toeslag").`;
  if (types.includes('integer')) {
    const range = typeof n['minimum'] === 'number' && typeof n['maximum'] === 'number' ? ` van ${n['minimum']} tot en met ${n['maximum']}` : '';
    return `${title}schrijf een geheel getal${range}, zonder aanhalingstekens en zonder punt.`;
  }
  if (types.includes('number')) return `${title}schrijf een getal zonder aanhalingstekens en zonder punt als scheiding van duizendtallen (23000, niet 23.000); decimalen met een punt (2.5).`;
  if (types.includes('boolean')) return `${title}schrijf true of false.`;
  if (types.includes('string')) {
    const min = typeof n['minLength'] === 'number' && n['minLength'] > 1 ? n['minLength'] : undefined;
    const max = typeof n['maxLength'] === 'number' ? n['maxLength'] : undefined;
    const length = min !== undefined && max !== undefined ? ` van ${min} tot ${max} tekens` : max !== undefined ? ` van hooguit ${max} tekens` : '';
    return `${title}schrijf een tekst${length}; zet hem tussen aanhalingstekens als hij een dubbele punt of # bevat.`;
  }
  return undefined;
}
