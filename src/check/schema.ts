/**
 * Validates each file's data against its JSON Schema (schemas/, the single source of truth)
 * and turns ajv's errors into positioned Dutch diagnostics `schema-<keyword>`. The validators
 * are compiled ahead from schemas/ (schema-validators.ts, `npm run gen:validators`): compiling
 * them in every process cost ~200 ms of CPU.
 */
import type { ErrorObject } from 'ajv';
import { reportAt, type SourceFile } from '../load/source-file.js';
import { capital, describePointer } from './describe.js';
import { schemaNameOf } from './schema-name.js';
import { schemaValidators } from './schema-validators.js';
import { didYouMean, suggest } from './suggest.js';
import { rewriteBoolean, rewriteDate, rewriteList } from './value-hints.js';

export { SCHEMA_DIR, SCHEMA_FILES, schemaNameOf, type SchemaName } from './schema-name.js';

/**
 * Validates a parsed file; returns true when the data matches its schema.
 * @param explained pointers whose value another rule already reported with a better message.
 */
export function validateSchema(file: SourceFile, explained: ReadonlySet<string> = new Set()): boolean {
  if (file.data === undefined) return (file.schemaValid = false);
  const validate = schemaValidators()[schemaNameOf(file)];
  if (validate(file.data)) return (file.schemaValid = true);
  for (const error of relevantErrors(validate.errors ?? [])) {
    if (!explained.has(error.instancePath)) reportSchemaError(file, error);
  }
  return (file.schemaValid = false);
}

/** Drops errors that only repeat another: a wrong type makes its `format`/`pattern` noise. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const typeFailed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword !== 'type' && typeFailed.has(e.instancePath)) return false;
    // `format` and `pattern` on one value say the same thing; keep the first.
    const key = `${e.instancePath}|${e.keyword === 'format' || e.keyword === 'pattern' ? 'shape' : e.keyword}|${JSON.stringify(e.params)}`;
    if (e.keyword === 'format' || e.keyword === 'pattern') {
      const shapeKey = `${e.instancePath}|shape`;
      if (seen.has(shapeKey)) return false;
      seen.add(shapeKey);
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function kebab(keyword: string): string {
  return keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const TYPE_NL: Record<string, string> = {
  string: 'een tekst',
  integer: 'een geheel getal',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een blok met velden',
  null: 'leeg',
};

function typeName(t: unknown): string {
  const list = Array.isArray(t) ? t : String(t).split(',');
  return list.map((x) => TYPE_NL[String(x)] ?? String(x)).join(' of ');
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function reportSchemaError(file: SourceFile, e: ErrorObject): void {
  const ruleId = `schema-${kebab(e.keyword)}`;
  const where = describePointer(e.instancePath, file.data);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const field = String(p['missingProperty']);
      reportAt(file, ruleId, `Het verplichte veld '${field}' ontbreekt ${where.in}. Voeg '${field}:' toe met een waarde.`, `${e.instancePath}/${field}`);
      return;
    }
    case 'additionalProperties': {
      const field = String(p['additionalProperty']);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = suggest(field, allowed.map((a) => ({ id: a, names: [a] })), 1);
      const extra =
        file.format === 'md' && file.kind === 'stand' && field === 'samenvatting'
          ? ''
          : hint.length > 0
            ? didYouMean(hint)
            : ` Toegestaan zijn: ${allowed.join(', ')}.`;
      reportAt(file, ruleId, `Het veld '${field}' ${where.in} bestaat niet in het formaat en wordt niet gebruikt.${extra}`, `${e.instancePath}/${field}`, 'key', { suggestions: hint });
      return;
    }
    case 'enum': {
      const allowed = ((p['allowedValues'] as unknown[]) ?? []).map(String);
      const hint = suggest(String(e.data), allowed.map((a) => ({ id: a, names: [a, a.replace(/_/g, ' ')] })), 1);
      reportAt(file, ruleId, `'${shown(e.data)}' is geen toegestane waarde voor ${where.field}.${didYouMean(hint)} Kies uit: ${allowed.join(', ')}.`, e.instancePath, 'value', { suggestions: hint });
      return;
    }
    case 'type': {
      const rewrite = typeRewrite(p['type'], e.data, e.parentSchema);
      const hint = rewrite !== undefined ? ` Schrijf: ${rewrite}.` : typeHint(p['type'], e.data);
      reportAt(file, ruleId, `${where.Field} moet ${typeName(p['type'])} zijn, maar is ${describeValue(e.data)}.${hint}`, e.instancePath, 'value', rewrite !== undefined ? { suggestions: [rewrite] } : {});
      return;
    }
    case 'pattern':
    case 'format': {
      const date = isDateRule(e.keyword, String(p[e.keyword === 'format' ? 'format' : 'pattern'])) ? rewriteDate(e.data) : undefined;
      const text = e.keyword === 'pattern' ? patternMessage(where.field, String(e.data), String(p['pattern'])) : formatMessage(where.field, String(e.data), String(p['format']));
      reportAt(file, ruleId, date !== undefined ? `${text} Schrijf: ${date}.` : text, e.instancePath, 'value', date !== undefined ? { suggestions: [date] } : {});
      return;
    }
    case 'minLength':
      reportAt(file, ruleId, Number(p['limit']) <= 1 ? `${where.Field} is leeg. Vul een tekst in.` : `${where.Field} is te kort: minimaal ${String(p['limit'])} tekens.`, e.instancePath);
      return;
    case 'maxLength':
      reportAt(file, ruleId, `${where.Field} is te lang: ${String(e.data).length} tekens, maximaal ${String(p['limit'])}. Maak het korter.`, e.instancePath);
      return;
    case 'minimum':
    case 'maximum':
      reportAt(file, ruleId, `${where.Field} is ${shown(e.data)}, maar moet ${e.keyword === 'minimum' ? 'minstens' : 'hoogstens'} ${String(p['limit'])} zijn.`, e.instancePath);
      return;
    case 'minItems':
      reportAt(file, ruleId, `${where.Field} moet minstens ${String(p['limit'])} ${Number(p['limit']) === 1 ? 'element' : 'elementen'} bevatten.`, e.instancePath);
      return;
    case 'uniqueItems': {
      // ajv's i/j order differs between its primitive and deep-equal paths: point at the later one.
      const [first, again] = [Number(p['i']), Number(p['j'])].sort((a, b) => a - b);
      reportAt(file, ruleId, `${where.Field} bevat een waarde twee keer (element ${(first ?? 0) + 1} en ${(again ?? 0) + 1}). Verwijder de dubbele.`, `${e.instancePath}/${Number.isFinite(again) ? again : 0}`);
      return;
    }
    default:
      reportAt(file, ruleId, `${where.Field} voldoet niet aan het formaat (${e.keyword}).`, e.instancePath);
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'leeg';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een blok met velden';
  if (typeof value === 'string') return `de tekst '${shown(value)}'`;
  return `'${shown(value)}'`;
}

function isDateRule(keyword: string, rule: string): boolean {
  return keyword === 'format' ? rule === 'date' : rule.includes('{4}-');
}

/**
 * A value that can be rewritten into the wanted type: `ja` → true, a sentence of roles → a
 * list of the allowed values. Returned as YAML text to put in place of the value.
 */
function typeRewrite(type: unknown, value: unknown, parentSchema: unknown): string | undefined {
  const t = String(type);
  if (t === 'boolean') return rewriteBoolean(value);
  if (t === 'array' && typeof value === 'string') {
    const allowed = ((parentSchema as { items?: { enum?: unknown[] } } | undefined)?.items?.enum ?? []).map(String);
    if (allowed.length === 0) return rewriteList(value);
    // suggest() leaves out an exact match (it is no suggestion), so an allowed item is kept first.
    return rewriteList(value, (item) => (allowed.includes(item) ? item : suggest(item, allowed.map((a) => ({ id: a, names: [a, a.replace(/_/g, ' ')] })), 1)[0]));
  }
  return undefined;
}

function typeHint(type: unknown, value: unknown): string {
  const t = String(type);
  if (t.includes('integer') && typeof value === 'string' && /^\d+$/.test(value.trim())) return ' Haal de aanhalingstekens weg.';
  if (t === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return ` Zet de waarde tussen aanhalingstekens: "${String(value)}".`;
  if (t === 'array' && (typeof value === 'string' || typeof value === 'number')) return ` Schrijf een lijst, bijvoorbeeld: [${JSON.stringify(value)}].`;
  if (value === null) return ' Vul een waarde in of laat het veld helemaal weg.';
  return '';
}

function patternMessage(field: string, value: string, pattern: string): string {
  if (pattern.includes('a-z0-9')) {
    const slug = value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const hint = slug && slug !== value ? ` Bijvoorbeeld: '${slug}'.` : '';
    return `${capital(field)} '${shown(value)}' heeft niet de vorm van een code: alleen kleine letters, cijfers en losse streepjes, zonder spaties.${hint}`;
  }
  if (pattern.includes('\\d{4}')) return `${capital(field)} '${shown(value)}' is geen datum van de vorm JJJJ-MM-DD, zoals "2024-05-15".`;
  if (pattern.startsWith('^https://')) return `${capital(field)} '${shown(value)}' is geen volledig webadres dat met https:// begint (zonder spaties, ? of #).`;
  if (pattern.includes('A-Za-z0-9.-')) return `${capital(field)} '${shown(value)}' is geen SPDX-code van een licentie, zoals CC0-1.0 of CC-BY-4.0 (zonder spaties).`;
  if (pattern.includes('https?')) return `${capital(field)} '${shown(value)}' is geen webadres dat met http:// of https:// begint.`;
  return `${capital(field)} '${shown(value)}' heeft niet de verwachte vorm.`;
}

function formatMessage(field: string, value: string, format: string): string {
  if (format === 'date') return `${capital(field)} '${shown(value)}' is geen bestaande datum van de vorm JJJJ-MM-DD, zoals "2024-05-15".`;
  if (format === 'uri') return `${capital(field)} '${shown(value)}' is geen volledig webadres. Schrijf het met https:// ervoor.`;
  return `${capital(field)} '${shown(value)}' heeft niet de vorm ${format}.`;
}
