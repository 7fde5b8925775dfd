/**
 * `staat new ORGANISATIE VERSLAGJAAR`: a fresh Stand that carries over every open knelpunt of
 * the organisation's previous Stand, so nothing is lost between years. Never overwrites.
 */
import { lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Document, isMap, isSeq } from 'yaml';
import { indexRegisters } from '../check/registers.js';
import { didYouMean, suggest } from '../check/suggest.js';
import { arr, isOpen, obj } from '../check/values.js';
import { loadEntry, loadRegisterFiles } from '../load/load-tree.js';
import type { SourceFile } from '../load/source-file.js';
import { REGISTER_NAMES, walkContentTree, type TreeEntry } from '../load/walk.js';
import { resolveContentRoot } from './content-args.js';
import { UsageError, type CliIO } from './io.js';

/** The schema's id pattern: the id becomes a file name, so nothing else may pass (no `..`, no `/`). */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The schema's range for `verslagjaar`. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function runNew(organisatie: string, yearText: string, options: { content?: string; quiet: boolean }, io: CliIO): number {
  // First, before anything is read: the organisation id ends up in a file path.
  if (!SLUG.test(organisatie)) {
    throw new UsageError(`'${organisatie}' is geen organisatie-id. Een id bestaat uit kleine letters, cijfers en streepjes, zoals uwv of dienst-toeslagen; het staat in registers/organisaties.yaml.`);
  }
  const year = parseYear(yearText);
  const root = resolveContentRoot(io.cwd, options.content);
  const entries = walkContentTree(root);
  checkOrganisation(organisatie, entries);

  const standenDir = resolve(root, 'standen');
  const target = `standen/${year}/${organisatie}.md`;
  const targetAbs = resolve(standenDir, String(year), `${organisatie}.md`);
  if (!isInside(standenDir, targetAbs)) throw new UsageError(`${target} ligt buiten de map standen; staat new schrijft daar niet.`);
  for (const ext of ['md', 'yaml']) {
    const path = `standen/${year}/${organisatie}.${ext}`;
    if (pathExists(join(root, path))) throw new UsageError(`${path} bestaat al; staat new overschrijft nooit. Werk dat bestand bij, of verwijder het eerst.`);
  }

  const previousFile = previousStand(entries, organisatie, year);
  const carried = previousFile ? openKnelpunten(previousFile) : [];
  const text = standText(organisatie, year, carried, previousFile?.path);
  writeNew(root, targetAbs, target, text);

  if (!options.quiet) {
    const shown = relative(io.cwd, targetAbs) || target;
    io.stderr.write(
      `✔ ${shown} gemaakt${carried.length > 0 ? ` met ${carried.length} open ${carried.length === 1 ? 'knelpunt' : 'knelpunten'} uit ${previousFile?.path}` : ''}.\n  Werk de status en teksten bij, vul aan, en controleer met: staat lint ${shown}\n`,
    );
  }
  return 0;
}

function parseYear(yearText: string): number {
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    throw new UsageError(`'${yearText}' is geen geldig verslagjaar; geef een jaar van ${FIRST_YEAR} tot en met ${LAST_YEAR}, zoals 2025.`);
  }
  return year;
}

/** The organisation must be in the register; a typo gets a "Bedoelde u" hint. */
function checkOrganisation(organisatie: string, entries: TreeEntry[]): void {
  const registerFiles = loadRegisterFiles(entries);
  for (const name of REGISTER_NAMES) {
    if (!registerFiles.has(name)) throw new UsageError(`registers/${name}.yaml ontbreekt. Voer eerst staat lint uit: dat laat zien wat er aan de inhoudsmap ontbreekt.`);
  }
  if (registerFiles.get('organisaties')?.data === undefined) {
    throw new UsageError(`registers/organisaties.yaml bevat fouten, dus staat new kan niet nagaan of '${organisatie}' bestaat. Herstel eerst dat bestand; staat lint laat zien wat er mis is.`);
  }
  const registers = indexRegisters(registerFiles);
  if (!registers.organisaties.has(organisatie)) {
    const hint = suggest(organisatie, registers.candidates.organisaties);
    throw new UsageError(`Organisatie '${organisatie}' staat niet in registers/organisaties.yaml.${didYouMean(hint)}`);
  }
}

/** format.md: the previous Stand is the one with the highest verslagjaar below this one (years may be skipped). */
function previousStand(entries: TreeEntry[], organisatie: string, year: number): SourceFile | undefined {
  const candidates = entries
    .filter((e) => e.kind === 'stand')
    .map((e) => ({ entry: e, match: /^standen\/(\d{4})\/([^/]+)\.(md|yaml)$/.exec(e.path) }))
    .filter((s) => s.match?.[2] === organisatie)
    .map((s) => ({ entry: s.entry, year: Number(s.match?.[1]) }))
    .filter((s) => s.year < year);
  const latest = Math.max(...candidates.map((s) => s.year));
  const found = candidates.filter((s) => s.year === latest);
  const [first, second] = found;
  if (!first) return undefined;
  if (second) {
    // Taking either one could silently drop the other's knelpunten.
    throw new UsageError(`Voor ${latest} zijn er twee Standen van ${organisatie}: ${first.entry.path} en ${second.entry.path}. Houd er één over; dan kan staat new de open knelpunten overnemen.`);
  }
  const file = loadEntry(first.entry);
  if (file.data === undefined) {
    throw new UsageError(`De vorige Stand, ${file.path}, kan niet worden gelezen, dus staat new kan de open knelpunten niet overnemen. Herstel eerst dat bestand; staat lint ${file.path} laat zien wat er mis is.`);
  }
  return file;
}

/** Every open knelpunt, whole: a dropped field (an `oproepen` override, `bronnen`) would silently change next year. */
function openKnelpunten(file: SourceFile): Record<string, unknown>[] {
  const data = obj(file.data);
  const list = data['knelpunten'];
  if (list !== undefined && list !== null && !Array.isArray(list)) {
    throw new UsageError(`In de vorige Stand, ${file.path}, is knelpunten geen lijst, dus staat new kan de open knelpunten niet overnemen. Herstel eerst dat bestand; staat lint ${file.path} laat zien wat er mis is.`);
  }
  return arr(list)
    .filter((k): k is Record<string, unknown> => k !== null && typeof k === 'object' && !Array.isArray(k))
    .filter((k) => isOpen(k['status']))
    .map((k) => {
      // Spread keeps every own key as data (also an odd one such as `__proto__`).
      const out: Record<string, unknown> = { ...k };
      // A knelpunt that was new last year is not new any more.
      if (out['status'] === 'nieuw') out['status'] = 'in_analyse';
      return out;
    });
}

function writeNew(root: string, targetAbs: string, target: string, text: string): void {
  try {
    mkdirSync(dirname(targetAbs), { recursive: true });
    // A symbolic link in the tree must not carry the new file out of the content root.
    if (!isInside(realpathSync(root), realpathSync(dirname(targetAbs)))) {
      throw new UsageError(`De map van ${target} wijst naar een plek buiten de inhoudsmap; staat new schrijft daar niet.`);
    }
    writeFileSync(targetAbs, text, { flag: 'wx' });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${target} bestaat al; staat new overschrijft nooit. Werk dat bestand bij, of verwijder het eerst.`);
    throw new UsageError(`${target} kan niet worden geschreven (${code ?? 'onbekende oorzaak'}). Controleer of de map standen bestaat en schrijfbaar is.`);
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Also true for a dangling symbolic link, which `existsSync` would miss. */
function pathExists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

function standText(organisatie: string, year: number, carried: Record<string, unknown>[], previousPath: string | undefined): string {
  const doc = new Document({
    organisatie,
    verslagjaar: year,
    titel: `Stand van de Uitvoering ${year}`,
    knelpunten: carried,
    lichtpunten: [],
    dilemmas: [],
    kerncijfers: [],
  });
  doc.commentBefore = ` Stand van de Uitvoering ${year} van ${organisatie}. Gemaakt met staat new.`;
  const list = doc.get('knelpunten', true);
  if (isSeq(list)) {
    const first = list.items[0];
    if (isMap(first) && previousPath) first.commentBefore = ` Open knelpunten uit ${previousPath}: werk status en teksten bij voor ${year}.`;
    if (list.items.length === 0) list.flow = true;
  }
  for (const key of ['lichtpunten', 'dilemmas', 'kerncijfers']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n## Samenvatting\n\nBeschrijf hier in een paar alinea's het beeld van ${year}: wat ging beter, wat knelt, en wat u nodig heeft.\n`;
}
