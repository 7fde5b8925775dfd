/** What a person reads about a register id: its Dutch name and description (for editor help). */
import type { SourceFile } from '../load/source-file.js';
import type { RegisterName } from '../load/walk.js';
import type { RegisterRef } from './schema-fields.js';
import { arr, obj, str } from './values.js';

export interface RegisterEntry {
  id: string;
  /** naam (or titel for an oproep), with the afkorting when there is one. */
  name: string;
  description?: string;
}

/** The entries of each register that parsed, in register order; the first of a duplicate id wins. */
export function registerEntries(files: ReadonlyMap<RegisterName, SourceFile>): Map<RegisterRef, RegisterEntry[]> {
  const out = new Map<RegisterRef, RegisterEntry[]>();
  for (const [name, file] of files) {
    const seen = new Set<string>();
    const entries: RegisterEntry[] = [];
    for (const raw of arr(file.data)) {
      const e = obj(raw);
      const id = str(e['id']);
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      const naam = str(e['naam']) ?? str(e['titel']) ?? id;
      const afkorting = str(e['afkorting']);
      const entry: RegisterEntry = { id, name: afkorting && afkorting !== naam ? `${naam} (${afkorting})` : naam };
      const description = str(e['omschrijving']);
      if (description !== undefined) entry.description = description.trim();
      entries.push(entry);
    }
    out.set(name, entries);
  }
  return out;
}
