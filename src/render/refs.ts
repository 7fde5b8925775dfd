// Small, template-friendly references to register entries and knelpunten. Templates get plain
// objects (no Maps), with site-root-relative hrefs that the template prefixes with `root`.
import type { DerivedKnelpunt, ReportModel, Status } from '../model/types.js';
import { STATUS_LABELS, gedeeldNaam, label } from './labels.js';
import { linksFor, type SiteLinks } from './links.js';
import { gedeeldAnchor, knelpuntAnchor, knelpuntHref, pagePaths } from './paths.js';

export interface Ref {
  id: string;
  naam: string;
  href: string | null;
}

export interface MinisterieRef {
  id: string;
  naam: string;
  afkorting: string;
}

export interface StatusRef {
  id: string;
  label: string;
  /** For the CSS class: the status for a known one, else `onbekend` (never content text). */
  css: string;
}

export interface KnelpuntSummary {
  global_id: string;
  id: string;
  titel: string;
  anchor: string;
  href: string;
  organisatie: Ref;
  status: StatusRef;
  open: boolean;
  thema: Ref;
  eerste_melding: number;
  jaren_open: number | null;
}

export class Refs {
  private readonly gedeeldeWaarden: ReadonlySet<string>;
  /** One summary object per knelpunt: the engine caches table rows per object. */
  private readonly summaries = new Map<DerivedKnelpunt, KnelpuntSummary>();
  /** Source-line links and published addresses (staat.yaml's bron_url and site_url). */
  readonly links: SiteLinks;
  constructor(private readonly model: ReportModel) {
    this.links = linksFor(model);
    this.gedeeldeWaarden = new Set(model.report.gedeelde_knelpunten.map((g) => g.gedeeld_knelpunt));
  }

  /** A gedeeld_knelpunt value; linked only when it is shared (≥ 2 organisations) and so listed. */
  gedeeld(value: string): Ref {
    const href = this.gedeeldeWaarden.has(value) ? `${pagePaths.gedeeld}#${gedeeldAnchor(value)}` : null;
    return { id: value, naam: gedeeldNaam(value), href };
  }

  organisatie(id: string): Ref {
    const org = this.model.lookup.organisaties.get(id);
    // Only organisations with a Stand in the edition have a page.
    const href = this.model.lookup.standen.has(id) ? pagePaths.organisatie(id) : null;
    return { id, naam: org?.naam ?? id, href };
  }

  thema(id: string): Ref {
    const thema = this.model.lookup.themas.get(id);
    return { id, naam: thema?.naam ?? id, href: thema ? pagePaths.thema(id) : null };
  }

  oproep(id: string): Ref {
    const oproep = this.model.lookup.oproepen.get(id);
    return { id, naam: oproep?.titel ?? id, href: oproep ? pagePaths.oproep(id) : null };
  }

  ministerie(id: string | null): MinisterieRef | null {
    if (id === null) return null;
    const m = this.model.lookup.ministeries.get(id);
    return { id, naam: m?.naam ?? id, afkorting: m?.afkorting ?? id };
  }

  ministeries(ids: readonly string[]): MinisterieRef[] {
    return ids.map((id) => this.ministerie(id)).filter((m): m is MinisterieRef => m !== null);
  }

  status(status: Status | string): StatusRef {
    const known = Object.prototype.hasOwnProperty.call(STATUS_LABELS, status);
    return { id: status, label: label(STATUS_LABELS, status), css: known ? status : 'onbekend' };
  }

  knelpunt(k: DerivedKnelpunt): KnelpuntSummary {
    let summary = this.summaries.get(k);
    if (!summary) {
      summary = this.summarize(k);
      this.summaries.set(k, summary);
    }
    return summary;
  }

  private summarize(k: DerivedKnelpunt): KnelpuntSummary {
    return {
      global_id: k.global_id,
      id: k.id,
      titel: k.titel,
      anchor: knelpuntAnchor(k.organisatie, k.id),
      href: knelpuntHref(k.organisatie, k.id),
      organisatie: this.organisatie(k.organisatie),
      status: this.status(k.status),
      open: k.open,
      thema: this.thema(k.thema),
      eerste_melding: k.eerste_melding,
      jaren_open: k.jaren_open,
    };
  }

  /** Summaries of edition knelpunten by global id (unknown ids are skipped). */
  knelpuntenById(ids: readonly string[]): KnelpuntSummary[] {
    const out: KnelpuntSummary[] = [];
    for (const id of ids) {
      const k = this.model.lookup.knelpunten.get(id);
      if (k) out.push(this.knelpunt(k));
    }
    return out;
  }
}
