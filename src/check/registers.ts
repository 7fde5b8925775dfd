/**
 * The four registers as lookups for the cross-file rules, plus the register rules themselves
 * (duplicate ids, period order and overlap, ministries that do not exist in those years).
 */
import { reportAt, type SourceFile } from '../load/source-file.js';
import type { RegisterName } from '../load/walk.js';
import { didYouMean, suggest, type Candidate } from './suggest.js';
import { arr, int, obj, str } from './values.js';

export interface MinistryEntry {
  id: string;
  vanaf: number | undefined;
  tot: number | undefined;
}

export interface PeriodEntry {
  vanaf: number;
  tot: number | undefined;
  eigenaar: string | null;
  opdrachtgevers: string[];
}

export interface Registers {
  ministeries: Map<string, MinistryEntry>;
  organisaties: Map<string, { id: string; driehoek: PeriodEntry[] }>;
  themas: Set<string>;
  oproepen: Set<string>;
  candidates: Record<'ministeries' | 'organisaties' | 'themas', Candidate[]>;
  /** Registers that could be read. References into one that could not are not checked: its own problem says enough. */
  loaded: Set<RegisterName>;
}

/** Builds lookups from whatever parsed; a broken register yields fewer entries, never a throw. */
export function indexRegisters(files: Map<RegisterName, SourceFile>): Registers {
  const regs: Registers = {
    ministeries: new Map(),
    organisaties: new Map(),
    themas: new Set(),
    oproepen: new Set(),
    candidates: { ministeries: [], organisaties: [], themas: [] },
    loaded: new Set([...files].filter(([, file]) => file.data !== undefined).map(([name]) => name)),
  };
  const entries = (name: RegisterName): Record<string, unknown>[] => arr(files.get(name)?.data).map(obj);
  for (const e of entries('ministeries')) {
    const id = str(e['id']);
    if (!id) continue;
    if (!regs.ministeries.has(id)) regs.ministeries.set(id, { id, vanaf: int(e['vanaf']), tot: int(e['tot']) });
    regs.candidates.ministeries.push({ id, names: namesOf(e) });
  }
  for (const e of entries('organisaties')) {
    const id = str(e['id']);
    if (!id) continue;
    const driehoek: PeriodEntry[] = [];
    for (const p of arr(e['driehoek']).map(obj)) {
      const vanaf = int(p['vanaf']);
      if (vanaf === undefined) continue;
      const eigenaar = str(p['eigenaar']) ?? null;
      driehoek.push({ vanaf, tot: int(p['tot']), eigenaar, opdrachtgevers: arr(p['opdrachtgevers']).map(str).filter((x): x is string => x !== undefined) });
    }
    if (!regs.organisaties.has(id)) regs.organisaties.set(id, { id, driehoek });
    regs.candidates.organisaties.push({ id, names: namesOf(e) });
  }
  for (const e of entries('themas')) {
    const id = str(e['id']);
    if (!id) continue;
    regs.themas.add(id);
    regs.candidates.themas.push({ id, names: namesOf(e) });
  }
  for (const e of entries('oproepen')) {
    const id = str(e['id']);
    if (id) regs.oproepen.add(id);
  }
  return regs;
}

function namesOf(e: Record<string, unknown>): string[] {
  return [e['id'], e['naam'], e['afkorting'], ...arr(e['synoniemen'])].map(str).filter((x): x is string => x !== undefined);
}

/** The driehoek period of an organisation covering a year, if any. */
export function periodFor(regs: Registers, organisatie: string, year: number): PeriodEntry | undefined {
  return regs.organisaties.get(organisatie)?.driehoek.find((p) => p.vanaf <= year && (p.tot === undefined || year <= p.tot));
}

export function checkRegisters(files: Map<RegisterName, SourceFile>, regs: Registers): void {
  for (const file of files.values()) {
    if (file.data === undefined) continue;
    const seen = new Map<string, number>();
    arr(file.data).forEach((raw, i) => {
      const id = str(obj(raw)['id']);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) {
        reportAt(file, 'register-duplicate-id', `De id '${id}' staat al in dit register (element ${first + 1}). Elke id mag maar één keer voorkomen; geef dit element een eigen id of voeg de twee samen.`, `/${i}/id`);
      } else seen.set(id, i);
    });
  }
  const ministeries = files.get('ministeries');
  if (ministeries) checkMinistries(ministeries, regs);
  const organisaties = files.get('organisaties');
  if (organisaties) checkOrganisations(organisaties, regs);
}

function checkMinistries(file: SourceFile, regs: Registers): void {
  arr(file.data).forEach((raw, i) => {
    const e = obj(raw);
    const vanaf = int(e['vanaf']);
    const tot = int(e['tot']);
    if (vanaf !== undefined && tot !== undefined && tot < vanaf) {
      reportAt(file, 'register-period-order', `Dit ministerie eindigt (tot: ${tot}) vóór het begint (vanaf: ${vanaf}). Draai de jaren om of corrigeer ze.`, `/${i}/tot`);
    }
    const opvolger = str(e['opvolger']);
    if (opvolger !== undefined && !regs.ministeries.has(opvolger)) {
      const hint = suggest(opvolger, regs.candidates.ministeries);
      reportAt(file, 'unknown-ministerie', `Opvolger '${opvolger}' staat niet in ministeries.yaml.${didYouMean(hint)}`, `/${i}/opvolger`, 'value', { suggestions: hint });
    }
  });
}

function checkOrganisations(file: SourceFile, regs: Registers): void {
  arr(file.data).forEach((raw, i) => {
    const periods = arr(obj(raw)['driehoek']).map(obj);
    const spans: { vanaf: number; tot: number; j: number }[] = [];
    periods.forEach((p, j) => {
      const base = `/${i}/driehoek/${j}`;
      const vanaf = int(p['vanaf']);
      const totRaw = int(p['tot']);
      if (vanaf === undefined) return;
      const tot = totRaw ?? Infinity;
      if (tot < vanaf) {
        reportAt(file, 'register-period-order', `Deze driehoekperiode eindigt (tot: ${totRaw}) vóór ze begint (vanaf: ${vanaf}). Corrigeer de jaren.`, `${base}/tot`);
        return;
      }
      for (const other of spans) {
        if (vanaf <= other.tot && other.vanaf <= tot) {
          reportAt(file, 'register-period-overlap', `Deze driehoekperiode (${years(vanaf, totRaw)}) overlapt met periode ${other.j + 1} (${years(other.vanaf, other.tot === Infinity ? undefined : other.tot)}). Jaren tellen inclusief: laat de ene periode eindigen (tot) in het jaar vóór de volgende begint (vanaf).`, `${base}/vanaf`);
          break;
        }
      }
      spans.push({ vanaf, tot, j });
      const refs: [string, string][] = [];
      const eigenaar = str(p['eigenaar']);
      if (eigenaar !== undefined) refs.push([eigenaar, `${base}/eigenaar`]);
      arr(p['opdrachtgevers']).forEach((o, k) => {
        const id = str(o);
        if (id !== undefined) refs.push([id, `${base}/opdrachtgevers/${k}`]);
      });
      if (!regs.loaded.has('ministeries')) return;
      for (const [id, pointer] of refs) {
        const ministry = regs.ministeries.get(id);
        if (!ministry) {
          const hint = suggest(id, regs.candidates.ministeries);
          reportAt(file, 'unknown-ministerie', `Ministerie '${id}' staat niet in ministeries.yaml.${didYouMean(hint)}`, pointer, 'value', { suggestions: hint });
        } else if ((ministry.vanaf !== undefined && ministry.vanaf > vanaf) || (ministry.tot !== undefined && ministry.tot < tot)) {
          reportAt(file, 'register-unknown-ministerie', `Ministerie '${id}' bestaat niet in alle jaren van deze periode (${years(vanaf, totRaw)}); het bestaat ${years(ministry.vanaf, ministry.tot)}. Splits de periode bij de naamswijziging en gebruik in elke periode het ministerie van die jaren.`, pointer);
        }
      }
    });
  });
}

function years(vanaf: number | undefined, tot: number | undefined): string {
  if (vanaf === undefined && tot === undefined) return 'altijd';
  if (tot === undefined) return `vanaf ${vanaf}`;
  if (vanaf === undefined) return `tot en met ${tot}`;
  return `${vanaf}–${tot}`;
}
