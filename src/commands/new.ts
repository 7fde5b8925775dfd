/**
 * `staat new ORGANISATIE VERSLAGJAAR`: a fresh Stand that carries over every open knelpunt of
 * the organisation's previous Stand, so nothing is lost between years. Never overwrites.
 */
import { lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { indexRegisters } from '../check/registers.js';
import { didYouMean, suggest } from '../check/suggest.js';
import { arr, obj, str } from '../check/values.js';
import { loadEntry, loadRegisterFiles } from '../load/load-tree.js';
import type { SourceFile } from '../load/source-file.js';
import { REGISTER_NAMES, walkContentTree, type RegisterName, type TreeEntry } from '../load/walk.js';
import { carryOver } from '../new/carry-over.js';
import { standText } from '../new/stand-text.js';
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
    throw new UsageError(`'${organisatie}' is geen organisatie-id. Een id bestaat uit kleine letters, cijfers en streepjes, zoals uwv of dienst-toeslagen; het staat in registers/organisaties.yaml.${hintFor(organisatie, io, options.content)}`);
  }
  const year = parseYear(yearText);
  const root = resolveContentRoot(io.cwd, options.content);
  const entries = walkContentTree(root);
  const registerFiles = checkOrganisation(organisatie, entries);

  const previousFile = previousStand(entries, organisatie, year);
  // A .yaml Stand stays .yaml: the organisation chose that form.
  const format = previousFile?.format === 'yaml' ? 'yaml' : 'md';
  const standenDir = resolve(root, 'standen');
  const target = `standen/${year}/${organisatie}.${format}`;
  const targetAbs = resolve(standenDir, String(year), `${organisatie}.${format}`);
  if (!isInside(standenDir, targetAbs)) throw new UsageError(`${target} ligt buiten de map standen; staat new schrijft daar niet.`);
  for (const ext of ['md', 'yaml']) {
    const path = `standen/${year}/${organisatie}.${ext}`;
    if (pathExists(join(root, path))) throw new UsageError(`${path} bestaat al; staat new overschrijft nooit. Werk dat bestand bij, of verwijder het eerst.`);
  }

  if (previousFile) assertKnelpuntenList(previousFile);
  const previousYear = previousFile ? Number(/^standen\/(\d{4})\//.exec(previousFile.path)?.[1]) : 0;
  const carried = previousFile ? carryOver(previousFile, year, previousYear) : undefined;
  const registerData = (name: 'organisaties' | 'themas'): Record<string, unknown>[] => arr(registerFiles.get(name)?.data).map((e) => obj(e));
  const naam = str(registerData('organisaties').find((o) => o['id'] === organisatie)?.['afkorting']) ?? organisatie;
  const themas = registerData('themas').flatMap((t) => (typeof t['id'] === 'string' ? [{ id: t['id'], naam: str(t['naam']) ?? t['id'] }] : []));
  const text = standText({
    organisatie,
    naam,
    year,
    format,
    themas,
    ...(previousFile && carried ? { previous: { path: previousFile.path, year: previousYear, carried } } : {}),
  });
  writeNew(root, targetAbs, target, text);

  if (!options.quiet) {
    const shown = relative(io.cwd, targetAbs) || target;
    const count = carried?.count ?? 0;
    io.stderr.write(
      `✔ ${shown} gemaakt${count > 0 ? ` met ${count} open ${count === 1 ? 'knelpunt' : 'knelpunten'} uit ${previousFile?.path}` : previousFile ? '' : ', met een voorbeeldknelpunt'}.\n  Werk de status, teksten en kerncijfers bij, vul aan, en controleer met: staat lint ${shown}\n`,
    );
  }
  return 0;
}

/** "Bedoelde u …?" for an id that is not even an id (UWV, "dienst toeslagen"), when the register can be read. */
function hintFor(organisatie: string, io: CliIO, content: string | undefined): string {
  try {
    const registers = indexRegisters(loadRegisterFiles(walkContentTree(resolveContentRoot(io.cwd, content))));
    return didYouMean(suggest(organisatie, registers.candidates.organisaties));
  } catch {
    return '';
  }
}

function parseYear(yearText: string): number {
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    throw new UsageError(`'${yearText}' is geen geldig verslagjaar; geef een jaar van ${FIRST_YEAR} tot en met ${LAST_YEAR}, zoals 2025.`);
  }
  return year;
}

/** The organisation must be in the register; a typo gets a "Bedoelde u" hint. */
function checkOrganisation(organisatie: string, entries: TreeEntry[]): Map<RegisterName, SourceFile> {
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
  return registerFiles;
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

/** The carry-over reads the list node by node; anything else in its place must be fixed first. */
function assertKnelpuntenList(file: SourceFile): void {
  const list = obj(file.data)['knelpunten'];
  if (list !== undefined && list !== null && !Array.isArray(list)) {
    throw new UsageError(`In de vorige Stand, ${file.path}, is knelpunten geen lijst, dus staat new kan de open knelpunten niet overnemen. Herstel eerst dat bestand; staat lint ${file.path} laat zien wat er mis is.`);
  }
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
