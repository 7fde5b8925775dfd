/**
 * The editors' overview of the submissions for one verslagjaar (`staat status`, cli.md): one row
 * per organisation whose driehoek covers the year, with its Stand (or none), its problems and its
 * knelpunten counted by report.md's trend definitions, restricted to that organisation.
 *
 * The counts come from the same lint run and the same model as `staat lint` and `staat build`, so
 * they cannot disagree with `lint --format json` or `data/report.json` for the same tree.
 */
import { modelInput } from '../build/model-input.js';
import type { CheckedTree } from '../check/check-tree.js';
import type { Organisatie } from '../content/types.js';
import { countBySeverity, type LintResult } from '../lint/diagnostic.js';
import { buildModel, driehoekInYear, type ReportModel } from '../model/index.js';

export interface StatusRow {
  organisatie: string;
  naam: string;
  /** Path of its Stand for the year (relative to the content root), `null` when there is none. */
  stand: string | null;
  /** Whether it had a Stand in verslagjaar − 1. */
  vorig_jaar: boolean;
  fouten: number;
  waarschuwingen: number;
  infos: number;
  /** Knelpunt counts; `null` when the Stand is missing or too broken to read (schema errors). */
  knelpunten: number | null;
  nieuw: number | null;
  meegenomen: number | null;
  opgelost: number | null;
  verdwenen: number | null;
}

export type RowState = 'fouten' | 'ontbrekend' | 'compleet';

export interface StatusOverview {
  version: 1;
  verslagjaar: number;
  samenvatting: {
    organisaties: number;
    ingeleverd: number;
    ontbrekend: number;
    met_fouten: number;
    vorig_jaar_wel_nu_niet: string[];
    /** Errors in files outside the rows (staat.yaml, registers, Standen of inactive organisations): they make every row uncertain. */
    overige_fouten: number;
  };
  organisaties: StatusRow[];
}

export function rowState(row: StatusRow): RowState {
  if (row.fouten > 0) return 'fouten';
  return row.stand === null ? 'ontbrekend' : 'compleet';
}

const STATE_ORDER: Record<RowState, number> = { fouten: 0, ontbrekend: 1, compleet: 2 };

/** Ready when every organisation that had a Stand last year has one now, and nothing has errors. */
export function isReady(overview: StatusOverview): boolean {
  const s = overview.samenvatting;
  return s.vorig_jaar_wel_nu_niet.length === 0 && s.met_fouten === 0 && s.overige_fouten === 0;
}

export function buildStatusOverview(checked: CheckedTree, result: LintResult, year: number): StatusOverview {
  const files = new Map(result.files.map((f) => [f.path, f]));
  const standPaths = (y: number): Map<string, string> => {
    const byOrg = new Map<string, string>();
    for (const file of checked.tree.files) {
      const m = /^standen\/(\d+)\/([^/]+)\.(md|yaml)$/.exec(file.path);
      // Two Standen for one organisation and year are a duplicate-stand error on the later
      // path; the row names the first, where the file list puts it.
      if (file.kind === 'stand' && m && Number(m[1]) === y && !byOrg.has(m[2] as string)) byOrg.set(m[2] as string, file.path);
    }
    return byOrg;
  };
  const now = standPaths(year);
  const before = standPaths(year - 1);
  const model = modelForYear(checked, year);
  const register = (checked.tree.files.find((f) => f.kind === 'register' && f.register === 'organisaties')?.data ?? []) as Organisatie[];
  const active = (Array.isArray(register) ? register : []).filter(
    (o): o is Organisatie => typeof o?.id === 'string' && driehoekInYear(o, year).periode !== null,
  );
  const seen = new Set<string>();

  const rows: StatusRow[] = [];
  for (const org of active) {
    if (seen.has(org.id)) continue; // register-duplicate-id is reported on the register
    seen.add(org.id);
    const stand = now.get(org.id) ?? null;
    const file = stand === null ? undefined : files.get(stand);
    const counts = countBySeverity({ files: file ? [file] : [] });
    rows.push({
      organisatie: org.id,
      naam: typeof org.afkorting === 'string' ? org.afkorting : String(org.naam ?? org.id),
      stand,
      vorig_jaar: before.has(org.id),
      fouten: counts.errors,
      waarschuwingen: counts.warnings,
      infos: counts.infos,
      ...knelpuntCounts(model, org.id, stand),
    });
  }
  rows.sort((a, b) => STATE_ORDER[rowState(a)] - STATE_ORDER[rowState(b)] || (a.organisatie < b.organisatie ? -1 : a.organisatie > b.organisatie ? 1 : 0));

  const inRows = new Set(rows.map((r) => r.stand).filter((p): p is string => p !== null));
  const overige = countBySeverity({ files: result.files.filter((f) => !inRows.has(f.path) && !isOtherYearStand(f.path, year)) });
  return {
    version: 1,
    verslagjaar: year,
    samenvatting: {
      organisaties: rows.length,
      ingeleverd: rows.filter((r) => r.stand !== null).length,
      ontbrekend: rows.filter((r) => r.stand === null).length,
      met_fouten: rows.filter((r) => r.fouten > 0).length,
      vorig_jaar_wel_nu_niet: rows.filter((r) => r.vorig_jaar && r.stand === null).map((r) => r.organisatie),
      overige_fouten: overige.errors,
    },
    organisaties: rows,
  };
}

/** Standen of other years are not this year's business; their problems show in their own year. */
function isOtherYearStand(path: string, year: number): boolean {
  const m = /^standen\/([^/]+)\//.exec(path);
  return m !== null && m[1] !== String(year);
}

/** The report model as a build of that year would compute it, over the Standen that can be read. */
function modelForYear(checked: CheckedTree, year: number): ReportModel {
  const input = modelInput(checked);
  return buildModel({ ...input, edition: { ...(input.edition ?? {}), verslagjaar: year } });
}

function knelpuntCounts(model: ReportModel, organisatie: string, stand: string | null): Pick<StatusRow, 'knelpunten' | 'nieuw' | 'meegenomen' | 'opgelost' | 'verdwenen'> {
  const edition = model.standen.find((s) => s.path === stand);
  if (stand === null || edition === undefined) return { knelpunten: null, nieuw: null, meegenomen: null, opgelost: null, verdwenen: null };
  const mine = (ids: string[]): number => ids.filter((id) => id.startsWith(`${organisatie}/`)).length;
  const trends = model.report.trends;
  return {
    knelpunten: edition.knelpunten.length,
    nieuw: mine(trends.nieuw),
    // cli.md: its knelpunten whose id was in its previous Stand (whatever their status there).
    meegenomen: edition.knelpunten.filter((k) => k.vorige_status !== null).length,
    opgelost: mine(trends.opgelost),
    verdwenen: mine(trends.verdwenen),
  };
}
