// Types of the pure report model (report.md). Keys that appear in the exports are Dutch
// snake_case exactly as report.md; the rest (lookups for the pages) is English.
import type {
  ActieBij,
  Edition,
  Knelpunt,
  Ministerie,
  Oproep,
  Organisatie,
  Stand,
  Status,
  Thema,
  DriehoekPeriode,
} from './content.js';

export type { ActieBij, Status };

/** One Stand as the loader hands it to the model. Only Standen that passed lint. */
export interface StandSource {
  /** Relative to the content root, e.g. `standen/2024/uwv.md`. */
  path: string;
  stand: Stand;
  /** 1-based line of each knelpunt's list item (the line with its `-`), by index. */
  knelpuntLines: number[];
  /** The `.md` body, or the `samenvatting` field of a `.yaml` Stand. */
  samenvattingMarkdown?: string;
}

export interface ModelInput {
  edition: Edition;
  registers: {
    ministeries: Ministerie[];
    organisaties: Organisatie[];
    themas: Thema[];
    oproepen: Oproep[];
  };
  standen: StandSource[];
  /**
   * A concept edition (`--verslagjaar N`): a preview of a year `staat.yaml` does not describe yet.
   * Every page, the PDF and report.json say so.
   */
  concept?: boolean;
}

export interface Bron {
  pad: string;
  regel: number;
}

export interface GeschiedenisEntry {
  verslagjaar: number;
  status: Status;
  bron: Bron;
}

/** The driehoek of an organisation in one year (the period covering it). */
export interface DriehoekInYear {
  /** The covering period, `null` when no period covers the year. */
  periode: DriehoekPeriode | null;
  eigenaar: string | null;
  opdrachtgevers: string[];
  meervoudig_opdrachtgeverschap: boolean;
}

/** A knelpunt of the edition with every derived field of report.md. */
export interface DerivedKnelpunt extends Omit<Knelpunt, 'oproepen' | 'eerste_melding'> {
  organisatie: string;
  /** `<organisatie>/<id>` */
  global_id: string;
  verslagjaar: number;
  /** Own `oproepen` if given, else the thema's. Ascending. */
  oproepen: string[];
  eigenaar: string | null;
  opdrachtgevers: string[];
  meervoudig_opdrachtgeverschap: boolean;
  opdrachtgever_toegerekend: string | null;
  eerste_melding: number;
  jaren_open: number | null;
  vorige_status: Status | null;
  bron: Bron;
  /** Status not `opgelost` and not `vervallen`. */
  open: boolean;
  /** Status of this global id in every year of the tree up to the edition, ascending. */
  geschiedenis: GeschiedenisEntry[];
}

/** One knelpunt in one Stand up to the edition year: a row of data/historie.csv (report.md). */
export interface HistorieRij {
  organisatie: string;
  id: string;
  verslagjaar: number;
  titel: string;
  thema: string;
  status: Status;
  open: boolean;
  bron: Bron;
}

/** An open knelpunt of an organisation's previous Stand that is absent from its edition Stand. */
export interface VerdwenenKnelpunt {
  organisatie: string;
  id: string;
  global_id: string;
  titel: string;
  /** The year and status in which it was last seen (the previous Stand). */
  verslagjaar: number;
  status: Status;
  bron: Bron;
}

export interface PerThema {
  thema: string;
  naam: string;
  knelpunten: number;
  knelpunten_incl_subthemas: number;
  organisaties: number;
  open: number;
  /** Main thema, in the previous-year Standen of `trends.zelfde_organisaties.organisaties`. */
  vorig_jaar: number;
  /** Main thema, in the edition Standen of those same organisations. */
  dit_jaar_zelfde_organisaties: number;
}

export interface PerOproep {
  oproep: string;
  titel: string;
  knelpunten: number;
}

export interface PerActieBij {
  rol: ActieBij;
  knelpunten: number;
}

export interface PerMinisterie {
  ministerie: string;
  als_eigenaar: number;
  als_opdrachtgever: number;
  /** Of `als_opdrachtgever`, the knelpunten whose actie_bij includes `opdrachtgever`. */
  actie_als_opdrachtgever: number;
}

export interface MeervoudigOpdrachtgeverschap {
  organisatie: string;
  opdrachtgevers: string[];
  knelpunten: number;
  opdrachtgever_onbepaald: number;
}

export interface GedeeldKnelpunt {
  gedeeld_knelpunt: string;
  organisaties: string[];
  /** Global ids. */
  knelpunten: string[];
}

export interface TrendJaar {
  verslagjaar: number;
  standen: number;
  knelpunten: number;
  open: number;
}

export interface StatusOvergang {
  van: Status;
  naar: Status;
  aantal: number;
}

export interface Telling {
  knelpunten: number;
  open: number;
}

/** Like-for-like: only the organisations with a Stand in the edition year and the year before. */
export interface ZelfdeOrganisaties {
  vorig_verslagjaar: number;
  organisaties: string[];
  vorig: Telling;
  nu: Telling;
}

export interface Totalen {
  standen: number;
  organisaties: number;
  knelpunten: number;
  open_knelpunten: number;
  lichtpunten: number;
  dilemmas: number;
  standen_alle_jaren: number;
  organisaties_alle_jaren: number;
}

export interface Trends {
  per_jaar: TrendJaar[];
  nieuw: string[];
  opgelost: string[];
  langlopend: string[];
  verdwenen: string[];
  zelfde_organisaties: ZelfdeOrganisaties;
  status_overgangen: StatusOvergang[];
}

/** Exactly the shape of `data/report.json` (report.md). */
export interface ReportJson {
  editie: string;
  titel: string;
  verslagjaar: number;
  /** `null` when `staat.yaml` has none. */
  publicatiedatum: string | null;
  /** Only present (and then `true`) in a concept edition. */
  concept?: true;
  totalen: Totalen;
  per_thema: PerThema[];
  per_oproep: PerOproep[];
  per_actie_bij: PerActieBij[];
  per_ministerie: PerMinisterie[];
  meervoudig_opdrachtgeverschap: MeervoudigOpdrachtgeverschap[];
  gedeelde_knelpunten: GedeeldKnelpunt[];
  trends: Trends;
}

/** A Stand of the edition year, with what the pages need around it. */
export interface EditionStand extends StandSource {
  organisatie: Organisatie;
  driehoek: DriehoekInYear;
  /** This Stand's knelpunten, derived, in file order. */
  knelpunten: DerivedKnelpunt[];
  /** The previous Stand (highest verslagjaar below the edition), if any. */
  vorige: { verslagjaar: number; path: string } | null;
  /** Open knelpunten of the previous Stand missing now, by id. */
  verdwenen: VerdwenenKnelpunt[];
  /** Every Stand of this organisation up to the edition year, ascending. */
  jaren: { verslagjaar: number; path: string }[];
}

export interface ReportModel {
  edition: Edition;
  report: ReportJson;
  /** A concept edition (`--verslagjaar N`): every rendering (pages, PDF) must say "concept". */
  concept: boolean;
  /** Knelpunten of the edition, sorted by organisatie then id. */
  knelpunten: DerivedKnelpunt[];
  /** Standen of the edition, sorted by organisatie id. */
  standen: EditionStand[];
  /** Open knelpunten of previous Standen that vanished, sorted by global id. */
  verdwenen: VerdwenenKnelpunt[];
  /** Every knelpunt of every Stand up to the edition year, by organisatie, id, verslagjaar. */
  historie: HistorieRij[];
  registers: ModelInput['registers'];
  lookup: {
    ministeries: ReadonlyMap<string, Ministerie>;
    organisaties: ReadonlyMap<string, Organisatie>;
    themas: ReadonlyMap<string, Thema>;
    oproepen: ReadonlyMap<string, Oproep>;
    /** Edition knelpunten by global id. */
    knelpunten: ReadonlyMap<string, DerivedKnelpunt>;
    /** Edition Standen by organisation id. */
    standen: ReadonlyMap<string, EditionStand>;
  };
}
