// data/index.html: the open-data page, generated from the Data Package descriptor that
// describes data/ (built by src/export and handed in by the build), so every file and every
// field it explains is exactly what datapackage.json says.
import { dutchDate } from './labels.js';
import type { SiteLinks } from './links.js';
import type { PageSpec } from './pages.js';

/** The part of a Data Package descriptor this page reads. */
export interface PackageDescriptor {
  title?: string;
  version?: string;
  licenses?: { name: string; path?: string; title?: string }[];
  resources: {
    name: string;
    path: string;
    title?: string;
    description?: string;
    format?: string;
    profile?: string;
    dialect?: Record<string, unknown>;
    schema?: {
      fields: { name: string; type: string; description?: string; constraints?: { required?: boolean; enum?: string[] } }[];
      primaryKey?: string[];
      foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[];
    };
  }[];
}

export const DATA_PAGE_PATH = 'data/index.html';

const TYPE_LABELS: Record<string, string> = {
  string: 'tekst',
  integer: 'geheel getal',
  number: 'getal',
  boolean: 'true of false',
  array: 'lijst',
  object: 'object',
};

const list = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

export function dataPage(
  pkg: PackageDescriptor,
  edition: { titel: string; editie: string; publicatiedatum?: string | undefined },
  links: SiteLinks,
): PageSpec {
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));
  const license = pkg.licenses?.[0] ?? null;
  const address = links.absolute(DATA_PAGE_PATH);
  const published = edition.publicatiedatum ? `, ${dutchDate(edition.publicatiedatum)}` : '';
  const citatie =
    `${edition.titel} (editie ${edition.editie}${published}), open data, versie ${pkg.version ?? edition.editie}` +
    `${license ? `, licentie ${license.name}` : ''}.${address ? ` ${address}` : ''}`;
  return {
    path: DATA_PAGE_PATH,
    template: 'data',
    title: 'Open data',
    section: 'data',
    description: `De open data van ${edition.titel}: elk bestand en elk veld uitgelegd, met licentie en bronvermelding.`,
    data: {
      licentie: license ? { id: license.name, titel: license.title ?? license.name, href: license.path ?? null } : null,
      citatie,
      bestanden: pkg.resources.map((r) => ({
        id: `bestand-${r.name}`,
        pad: r.path,
        titel: r.title ?? r.path,
        beschrijving: r.description ?? '',
        formaat: (r.format ?? '').toUpperCase(),
        tabel: r.profile === 'tabular-data-resource',
        velden: (r.schema?.fields ?? []).map((f) => ({
          naam: f.name,
          /** For line breaks after each underscore on a phone. */
          naam_delen: f.name.split('_'),
          type: TYPE_LABELS[f.type] ?? f.type,
          beschrijving: f.description ?? '',
          verplicht: f.constraints?.required === true,
          waarden: f.constraints?.enum ?? [],
          sleutel: (r.schema?.primaryKey ?? []).includes(f.name),
          verwijzing: (() => {
            const fk = (r.schema?.foreignKeys ?? []).find((k) => list(k.fields).includes(f.name));
            const target = fk ? byName.get(fk.reference.resource) : undefined;
            return target ? { pad: target.path, id: `bestand-${target.name}`, veld: list(fk!.reference.fields).join(', ') } : null;
          })(),
        })),
        sleutel: r.schema?.primaryKey ?? [],
      })),
    },
  };
}
