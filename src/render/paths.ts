// Page paths and links. Every link is relative (the report works from file:// and any host)
// and points at `…/index.html` explicitly, because file:// does not resolve folders.
import { createHash } from 'node:crypto';

/** A register id as a path segment or anchor part. Ids are slugs or O1..O5 (lint checks); anything
 * else becomes `_` + a short hash (no slug contains `_`), so a path can never leave its folder and
 * a file name never exceeds the file system's limit. */
export function segment(id: string): string {
  if (id.length <= 100 && /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(id)) return id;
  return `_${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 20)}`;
}

export const pagePaths = {
  home: 'index.html',
  themas: 'themas/index.html',
  thema: (id: string) => `themas/${segment(id)}/index.html`,
  oproepen: 'oproepen/index.html',
  oproep: (id: string) => `oproepen/${segment(id)}/index.html`,
  driehoek: 'driehoek/index.html',
  organisaties: 'organisaties/index.html',
  organisatie: (id: string) => `organisaties/${segment(id)}/index.html`,
  gedeeld: 'gedeeld/index.html',
  trends: 'trends/index.html',
  knelpunten: 'knelpunten/index.html',
  /** One grouped view per filter of the list: every knelpunt under each value of that filter. */
  knelpuntenPer: (dimensie: string) => `knelpunten/${segment(dimensie)}/index.html`,
  ministeries: 'ministeries/index.html',
  ministerie: (id: string) => `ministeries/${segment(id)}/index.html`,
  lichtpunten: 'lichtpunten/index.html',
  dilemmas: 'dilemmas/index.html',
  style: 'assets/style.css',
  filterScript: 'assets/knelpunten-filter.js',
  zoeken: 'zoeken/index.html',
  zoekScript: 'assets/zoeken.js',
  favicon: 'assets/favicon.svg',
} as const;

export function knelpuntAnchor(organisatie: string, id: string): string {
  return `kp-${segment(organisatie)}-${segment(id)}`;
}

/** Site-root-relative link to a knelpunt on its organisation page. */
export function knelpuntHref(organisatie: string, id: string): string {
  return `${pagePaths.organisatie(organisatie)}#${knelpuntAnchor(organisatie, id)}`;
}

export function lichtpuntAnchor(organisatie: string, id: string): string {
  return `lp-${segment(organisatie)}-${segment(id)}`;
}

export function dilemmaAnchor(organisatie: string, id: string): string {
  return `dl-${segment(organisatie)}-${segment(id)}`;
}

export function gedeeldAnchor(value: string): string {
  return `gk-${segment(value)}`;
}

/** The prefix that leads from a page back to the site root: `index.html` → ``, `a/b/index.html` → `../../`. */
export function rootPrefix(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1);
}
