// lichtpunten/index.html and dilemmas/index.html: every lichtpunt and dilemma of the edition,
// each linking to its full text on its organisation page, by organisation name and then title.
import type { ReportModel } from '../model/types.js';
import { dilemmaAnchor, lichtpuntAnchor, pagePaths } from './paths.js';
import type { PageSpec } from './pages.js';
import type { Refs } from './refs.js';

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'nl') || (a < b ? -1 : a > b ? 1 : 0);
}

export function lichtpuntenDilemmasPages(model: ReportModel, refs: Refs): PageSpec[] {
  const standen = [...model.standen].sort((a, b) => byName(a.organisatie.naam, b.organisatie.naam));
  const lichtpunten = standen.flatMap((s) =>
    [...(s.stand.lichtpunten ?? [])]
      .sort((a, b) => byName(a.titel, b.titel))
      .map((l) => ({
        titel: l.titel,
        href: `${pagePaths.organisatie(s.organisatie.id)}#${lichtpuntAnchor(s.organisatie.id, l.id)}`,
        organisatie: refs.organisatie(s.organisatie.id),
        thema: l.thema === undefined ? null : refs.thema(l.thema),
        samen_met: (l.organisaties ?? []).filter((o) => o !== s.organisatie.id).map((o) => refs.organisatie(o)),
      })),
  );
  const dilemmas = standen.flatMap((s) =>
    [...(s.stand.dilemmas ?? [])]
      .sort((a, b) => byName(a.titel, b.titel))
      .map((d) => ({
        titel: d.titel,
        href: `${pagePaths.organisatie(s.organisatie.id)}#${dilemmaAnchor(s.organisatie.id, d.id)}`,
        organisatie: refs.organisatie(s.organisatie.id),
        thema: d.thema === undefined ? null : refs.thema(d.thema),
        afweging_tussen: d.afweging_tussen ?? [],
      })),
  );
  return [
    { path: pagePaths.lichtpunten, template: 'lichtpunten', title: 'Lichtpunten', section: 'lichtpunten', data: { items: lichtpunten } },
    { path: pagePaths.dilemmas, template: 'dilemmas', title: 'Dilemma’s', section: 'dilemmas', data: { items: dilemmas } },
  ];
}
