// The licences an edition's open data is commonly published under, by SPDX id. `staat.yaml`'s
// `licentie` names one; lint warns about an id that is not here (a typo such as "CC BY 4.0"
// would otherwise end up in datapackage.json), and the exports use the title and address.
// An SPDX `LicenseRef-…` id is the way to name a licence outside the SPDX list.

export const DEFAULT_LICENSE = 'CC0-1.0';

export interface LicenseInfo {
  id: string;
  title: string;
  /** Null for a `LicenseRef-` id: its text lives with the publisher, not at SPDX. */
  url: string | null;
}

const KNOWN: readonly LicenseInfo[] = [
  { id: 'CC0-1.0', title: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  { id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  { id: 'CC-BY-SA-4.0', title: 'Creative Commons Attribution Share Alike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  { id: 'CC-BY-ND-4.0', title: 'Creative Commons Attribution No Derivatives 4.0 International', url: 'https://creativecommons.org/licenses/by-nd/4.0/' },
  { id: 'CC-BY-NC-4.0', title: 'Creative Commons Attribution Non Commercial 4.0 International', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  { id: 'CC-BY-3.0', title: 'Creative Commons Attribution 3.0 Unported', url: 'https://creativecommons.org/licenses/by/3.0/' },
  { id: 'CC-BY-SA-3.0', title: 'Creative Commons Attribution Share Alike 3.0 Unported', url: 'https://creativecommons.org/licenses/by-sa/3.0/' },
  { id: 'CC-PDDC', title: 'Creative Commons Public Domain Dedication and Certification', url: 'https://creativecommons.org/licenses/publicdomain/' },
  { id: 'PDDL-1.0', title: 'Open Data Commons Public Domain Dedication & License 1.0', url: 'https://opendatacommons.org/licenses/pddl/1-0/' },
  { id: 'ODC-By-1.0', title: 'Open Data Commons Attribution License v1.0', url: 'https://opendatacommons.org/licenses/by/1-0/' },
  { id: 'ODbL-1.0', title: 'Open Data Commons Open Database License v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  { id: 'OGL-UK-3.0', title: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  { id: 'DL-DE-BY-2.0', title: 'Data licence Germany – attribution – version 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
  { id: 'DL-DE-ZERO-2.0', title: 'Data licence Germany – zero – version 2.0', url: 'https://www.govdata.de/dl-de/zero-2-0' },
  { id: 'etalab-2.0', title: 'Etalab Open License 2.0', url: 'https://github.com/etalab/licence-ouverte/blob/master/LO.md' },
  { id: 'EUPL-1.2', title: 'European Union Public License 1.2', url: 'https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
];

const BY_ID = new Map(KNOWN.map((l) => [l.id, l]));

export const KNOWN_LICENSE_IDS: readonly string[] = KNOWN.map((l) => l.id);

/** Whether lint accepts the id without a warning: a listed id or an SPDX `LicenseRef-`. */
export function isKnownLicense(id: string): boolean {
  return BY_ID.has(id) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(id);
}

/** Title and address of a licence; an id we do not list points at its SPDX page. */
export function licenseInfo(id: string): LicenseInfo {
  const known = BY_ID.get(id);
  if (known) return known;
  return { id, title: id, url: id.startsWith('LicenseRef-') ? null : `https://spdx.org/licenses/${encodeURIComponent(id)}.html` };
}
