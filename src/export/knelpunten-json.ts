import type { DerivedKnelpunt } from '../model/types.js';
import { jsonText } from './json.js';
import { JSON_FIELDS } from './knelpunt-fields.js';

/** One plain object per knelpunt, keys in JSON_FIELDS order. */
export function knelpuntRecord(k: DerivedKnelpunt): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of JSON_FIELDS) record[field.name] = field.value(k);
  return record;
}

/** data/knelpunten.json: an array with one object per knelpunt of the edition. */
export function knelpuntenJson(knelpunten: readonly DerivedKnelpunt[]): string {
  return jsonText(knelpunten.map(knelpuntRecord));
}
