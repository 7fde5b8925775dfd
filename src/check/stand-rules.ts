/**
 * The rules of format.md that look beyond one file's schema: references into the registers,
 * file name and folder, the driehoek of the year, and continuity with earlier Standen.
 */
import { basename } from 'node:path';
import { reportAt, type SourceFile } from '../load/source-file.js';
import { checkBodyHtml, checkFieldHtml } from './raw-html.js';
import { periodFor, type Registers } from './registers.js';
import type { RegisterName } from '../load/walk.js';
import { didYouMean, suggest } from './suggest.js';
import { arr, int, isOpen, obj, str } from './values.js';

/** What the continuity rules need to know of every Stand in the tree. */
export interface StandFacts {
  file: SourceFile;
  organisatie: string | undefined;
  verslagjaar: number | undefined;
  /** Knelpunt ids with status, in file order. */
  knelpunten: { id: string; status: unknown; titel: unknown }[];
}

export function standFacts(file: SourceFile): StandFacts {
  const data = obj(file.data);
  return {
    file,
    organisatie: str(data['organisatie']),
    verslagjaar: int(data['verslagjaar']),
    knelpunten: arr(data['knelpunten'])
      .map(obj)
      .flatMap((k) => {
        const id = str(k['id']);
        return id === undefined ? [] : [{ id, status: k['status'], titel: k['titel'] }];
      }),
  };
}

export interface StandContext {
  registers: Registers;
  /** Every Stand of the tree by organisation, ascending by verslagjaar. */
  byOrganisation: Map<string, StandFacts[]>;
  /** gedeeld_knelpunt value → year → organisations using it. */
  shared: Map<string, Map<number, Set<string>>>;
  /** (organisatie, verslagjaar) → files claiming it. */
  standKeys: Map<string, SourceFile[]>;
}

export function buildStandContext(all: StandFacts[], registers: Registers): StandContext {
  const byOrganisation = new Map<string, StandFacts[]>();
  const shared = new Map<string, Map<number, Set<string>>>();
  const standKeys = new Map<string, SourceFile[]>();
  for (const facts of all) {
    const { organisatie, verslagjaar } = facts;
    if (organisatie === undefined || verslagjaar === undefined) continue;
    const list = byOrganisation.get(organisatie) ?? [];
    list.push(facts);
    byOrganisation.set(organisatie, list);
    const key = `${organisatie}/${verslagjaar}`;
    standKeys.set(key, [...(standKeys.get(key) ?? []), facts.file]);
    for (const k of arr(obj(facts.file.data)['knelpunten']).map(obj)) {
      const g = str(k['gedeeld_knelpunt']);
      if (g === undefined) continue;
      const years = shared.get(g) ?? new Map<number, Set<string>>();
      const orgs = years.get(verslagjaar) ?? new Set<string>();
      orgs.add(organisatie);
      years.set(verslagjaar, orgs);
      shared.set(g, years);
    }
  }
  for (const list of byOrganisation.values()) list.sort((a, b) => (a.verslagjaar ?? 0) - (b.verslagjaar ?? 0));
  return { registers, byOrganisation, shared, standKeys };
}

const MARKDOWN_FIELDS = ['beschrijving', 'gevolgen', 'oplossingsrichting'];

export function checkStand(facts: StandFacts, ctx: StandContext): void {
  const { file, organisatie, verslagjaar } = facts;
  const data = obj(file.data);
  const regs = ctx.registers;

  // The body of a .md Stand is its samenvatting; a second one in the front matter is ambiguous.
  if (file.format === 'md' && 'samenvatting' in data) {
    reportAt(file, 'samenvatting-in-md', 'Een .md-Stand heeft geen samenvatting-veld: de samenvatting is de Markdown-tekst onder het gegevensblok (na de tweede ---). Verplaats de tekst daarheen en verwijder het veld.', '/samenvatting', 'key');
  }

  // File name and folder.
  const stem = basename(file.path).replace(/\.(md|yaml)$/, '');
  const folder = file.path.split('/')[1] ?? '';
  // An unknown organisation is reported as such; renaming the file after a typo would be bad advice.
  if (organisatie !== undefined && stem !== organisatie && regs.organisaties.has(organisatie)) {
    reportAt(file, 'file-name-mismatch', `Het bestand heet '${basename(file.path)}', maar de organisatie is '${organisatie}'. Noem het bestand '${organisatie}${file.format === 'md' ? '.md' : '.yaml'}' of corrigeer de organisatie.`, '/organisatie');
  }
  if (verslagjaar !== undefined && folder !== String(verslagjaar)) {
    reportAt(file, 'file-name-mismatch', `Het bestand staat in de map '${folder}', maar het verslagjaar is ${verslagjaar}. Zet het bestand in standen/${verslagjaar}/ of corrigeer het verslagjaar.`, '/verslagjaar');
  }

  // Organisation and its driehoek that year.
  let knownOrg = false;
  if (organisatie !== undefined) {
    knownOrg = regs.organisaties.has(organisatie);
    if (!knownOrg) unknownRef(file, 'unknown-organisatie', 'Organisatie', organisatie, '/organisatie', regs.candidates.organisaties, 'organisaties.yaml', regs);
  }
  const period = knownOrg && organisatie !== undefined && verslagjaar !== undefined ? periodFor(regs, organisatie, verslagjaar) : undefined;
  if (knownOrg && verslagjaar !== undefined && !period) {
    reportAt(file, 'organisatie-not-active', `In organisaties.yaml heeft '${organisatie}' geen driehoekperiode die ${verslagjaar} omvat. Controleer het verslagjaar, of vraag de redactie de driehoek van ${verslagjaar} aan het register toe te voegen.`, '/verslagjaar');
  }

  if (organisatie !== undefined && verslagjaar !== undefined) {
    const claims = ctx.standKeys.get(`${organisatie}/${verslagjaar}`) ?? [];
    if (claims.length > 1) {
      const others = claims.filter((f) => f !== file).map((f) => f.path);
      reportAt(file, 'duplicate-stand', `Er is meer dan één Stand van '${organisatie}' over ${verslagjaar}: ook ${others.join(', ')}. Houd er één over.`, '/organisatie');
    }
  }

  // Knelpunten.
  const knelpunten = data['knelpunten'];
  if (Array.isArray(knelpunten) && knelpunten.length === 0) {
    reportAt(file, 'empty-knelpunten', 'Deze Stand heeft geen knelpunten. Klopt dat? Beschrijf de knelpunten waar uw professionals tegenaan lopen; ook opgeloste knelpunten uit vorig jaar horen erin (met status opgelost).', '/knelpunten');
  }
  checkDuplicateIds(file, 'knelpunten', 'knelpunt');
  checkDuplicateIds(file, 'lichtpunten', 'lichtpunt');
  checkDuplicateIds(file, 'dilemmas', 'dilemma');

  const history = organisatie !== undefined ? (ctx.byOrganisation.get(organisatie) ?? []) : [];
  const earlier = verslagjaar !== undefined ? history.filter((s) => s.verslagjaar !== undefined && s.verslagjaar < verslagjaar) : [];

  arr(knelpunten).forEach((raw, i) => {
    // An item that is not a mapping has its schema-type error; rules about fields make no sense.
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
    const k = obj(raw);
    const base = `/knelpunten/${i}`;
    const id = str(k['id']);
    themeRef(file, k['thema'], `${base}/thema`, regs);
    arr(k['subthemas']).forEach((t, j) => themeRef(file, t, `${base}/subthemas/${j}`, regs));
    arr(k['ketenpartners']).forEach((o, j) => {
      const ref = str(o);
      if (ref !== undefined && !regs.organisaties.has(ref)) unknownRef(file, 'unknown-organisatie', 'Ketenpartner', ref, `${base}/ketenpartners/${j}`, regs.candidates.organisaties, 'organisaties.yaml', regs);
    });

    const opdrachtgever = str(k['opdrachtgever']);
    if (opdrachtgever !== undefined) {
      if (!regs.ministeries.has(opdrachtgever)) {
        unknownRef(file, 'unknown-ministerie', 'Opdrachtgever', opdrachtgever, `${base}/opdrachtgever`, regs.candidates.ministeries, 'ministeries.yaml', regs);
      } else if (period && !period.opdrachtgevers.includes(opdrachtgever)) {
        const list = period.opdrachtgevers.length > 0 ? period.opdrachtgevers.map((o) => `'${o}'`).join(', ') : 'geen';
        reportAt(file, 'opdrachtgever-not-in-driehoek', `'${opdrachtgever}' is in ${verslagjaar} geen opdrachtgever van '${organisatie}' (volgens organisaties.yaml: ${list}). Kies een van deze opdrachtgevers, of laat het veld weg.`, `${base}/opdrachtgever`, 'value', { suggestions: period.opdrachtgevers });
      }
    } else if (period && period.opdrachtgevers.length > 1 && arr(k['actie_bij']).includes('opdrachtgever')) {
      reportAt(file, 'opdrachtgever-ambiguous', `'${organisatie}' heeft in ${verslagjaar} meerdere opdrachtgevers (${period.opdrachtgevers.join(', ')}) en de actie ligt bij de opdrachtgever, maar er staat niet bij welke. Voeg 'opdrachtgever:' toe met een van deze ministeries, zodat het knelpunt in het rapport bij het juiste ministerie telt.`, `${base}/actie_bij`, 'value', { suggestions: period.opdrachtgevers });
    }

    const eersteMelding = int(k['eerste_melding']);
    if (eersteMelding !== undefined && verslagjaar !== undefined && eersteMelding > verslagjaar) {
      reportAt(file, 'eerste-melding-after-verslagjaar', `eerste_melding (${eersteMelding}) ligt na het verslagjaar (${verslagjaar}). Een knelpunt kan niet later voor het eerst gemeld zijn dan in deze Stand; vul het jaar in waarin het voor het eerst werd gemeld.`, `${base}/eerste_melding`);
    }

    if (id !== undefined && k['status'] === 'nieuw') {
      const seen = earlier.find((s) => s.knelpunten.some((x) => x.id === id));
      if (seen) {
        reportAt(file, 'status-nieuw-but-known', `Dit knelpunt ('${id}') staat met status 'nieuw', maar stond al in de Stand van ${seen.verslagjaar} (${seen.file.path}). Geef de huidige status, bijvoorbeeld in_analyse of in_uitvoering.`, `${base}/status`);
      }
    }

    if (!('oplossingsrichting' in k)) {
      reportAt(file, 'missing-oplossingsrichting', `Knelpunt ${i + 1}${id ? ` ('${id}')` : ''} heeft geen oplossingsrichting. Beschrijf wat volgens u zou helpen en wie daarvoor aan zet is; dat maakt het knelpunt bruikbaar voor de Staat.`, base);
    }

    const gedeeld = str(k['gedeeld_knelpunt']);
    if (gedeeld !== undefined && verslagjaar !== undefined) {
      const orgs = ctx.shared.get(gedeeld)?.get(verslagjaar);
      if (!orgs || orgs.size < 2) {
        const known = [...ctx.shared.keys()].filter((g) => g !== gedeeld && (ctx.shared.get(g)?.get(verslagjaar)?.size ?? 0) > 0);
        const hint = suggest(gedeeld, known.map((g) => ({ id: g, names: [g] })));
        reportAt(file, 'gedeeld-knelpunt-single', `Het gedeelde knelpunt '${gedeeld}' wordt in ${verslagjaar} alleen door deze organisatie gebruikt, dus het wordt (nog) niet als gedeeld knelpunt getoond.${didYouMean(hint)}`, `${base}/gedeeld_knelpunt`, 'value', { suggestions: hint });
      }
    }

    for (const field of MARKDOWN_FIELDS) {
      const text = str(k[field]);
      if (text !== undefined) checkFieldHtml(file, `${base}/${field}`, text);
    }
  });

  // The previous Stand's open knelpunten must not silently vanish.
  const previous = earlier[earlier.length - 1];
  if (previous && Array.isArray(knelpunten)) {
    const present = new Set(facts.knelpunten.map((k) => k.id));
    for (const k of previous.knelpunten) {
      if (!isOpen(k.status) || present.has(k.id)) continue;
      reportAt(file, 'knelpunt-verdwenen', `Knelpunt '${k.id}' stond in de Stand van ${previous.verslagjaar} met status '${String(k.status)}' en ontbreekt nu. Neem het op met de huidige status (ook als het opgelost of vervallen is), zodat te volgen is wat ermee gebeurde.`, '/knelpunten', 'key');
    }
  }

  // Lichtpunten and dilemmas.
  arr(data['lichtpunten']).forEach((raw, i) => {
    const l = obj(raw);
    themeRef(file, l['thema'], `/lichtpunten/${i}/thema`, regs);
    arr(l['organisaties']).forEach((o, j) => {
      const ref = str(o);
      if (ref !== undefined && !regs.organisaties.has(ref)) unknownRef(file, 'unknown-organisatie', 'Organisatie', ref, `/lichtpunten/${i}/organisaties/${j}`, regs.candidates.organisaties, 'organisaties.yaml', regs);
    });
    const text = str(l['beschrijving']);
    if (text !== undefined) checkFieldHtml(file, `/lichtpunten/${i}/beschrijving`, text);
  });
  arr(data['dilemmas']).forEach((raw, i) => {
    const d = obj(raw);
    themeRef(file, d['thema'], `/dilemmas/${i}/thema`, regs);
    const text = str(d['beschrijving']);
    if (text !== undefined) checkFieldHtml(file, `/dilemmas/${i}/beschrijving`, text);
  });

  const samenvatting = str(data['samenvatting']);
  if (samenvatting !== undefined) checkFieldHtml(file, '/samenvatting', samenvatting);
  checkBodyHtml(file);
}

function themeRef(file: SourceFile, value: unknown, pointer: string, regs: Registers): void {
  const ref = str(value);
  if (ref !== undefined && !regs.themas.has(ref)) unknownRef(file, 'unknown-thema', 'Thema', ref, pointer, regs.candidates.themas, 'themas.yaml', regs);
}

function unknownRef(file: SourceFile, ruleId: string, label: string, value: string, pointer: string, candidates: Parameters<typeof suggest>[1], register: string, regs: Registers): void {
  if (!regs.loaded.has(register.replace(/\.yaml$/, '') as RegisterName)) return;
  const hint = suggest(value, candidates);
  reportAt(file, ruleId, `${label} '${value}' bestaat niet (staat niet in ${register}).${didYouMean(hint)}`, pointer, 'value', { suggestions: hint });
}

function checkDuplicateIds(file: SourceFile, list: string, noun: string): void {
  const seen = new Map<string, number>();
  arr(obj(file.data)[list]).forEach((raw, i) => {
    const id = str(obj(raw)['id']);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) {
      reportAt(file, 'duplicate-knelpunt-id', `De id '${id}' is al gebruikt door ${noun} ${first + 1}. Elke ${noun} heeft een eigen id; kies een andere, of voeg de twee samen.`, `/${list}/${i}/id`);
    } else seen.set(id, i);
  });
}
