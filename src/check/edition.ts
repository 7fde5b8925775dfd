/**
 * Rules for staat.yaml beyond its schema: the licence of the open data and the template of
 * the links to source lines. (The schema already checks their shape and the https of site_url.)
 */
import { isKnownLicense, KNOWN_LICENSE_IDS } from '../content/licenses.js';
import { reportAt, type SourceFile } from '../load/source-file.js';
import { checkFieldHtml } from './raw-html.js';
import { didYouMean, suggest } from './suggest.js';
import { obj, str } from './values.js';

export const BRON_URL_PLACEHOLDERS = ['{pad}', '{regel}'] as const;

export function checkEdition(edition: SourceFile): void {
  const data = obj(edition.data);
  const inleiding = str(data['inleiding']);
  if (inleiding !== undefined) checkFieldHtml(edition, '/inleiding', inleiding);

  const licentie = str(data['licentie']);
  // A value of the wrong shape already has its schema message; one message per mistake.
  if (licentie !== undefined && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(licentie) && !isKnownLicense(licentie)) {
    const hint = suggest(licentie, KNOWN_LICENSE_IDS.map((id) => ({ id, names: [id] })), 1);
    reportAt(
      edition,
      'licentie-unknown',
      `'${licentie}' is geen SPDX-code die staat kent.${didYouMean(hint)} Gebruik een code van https://spdx.org/licenses/, zoals CC0-1.0 of CC-BY-4.0, of LicenseRef-<naam> voor een eigen licentie.`,
      '/licentie',
      'value',
      { suggestions: hint },
    );
  }

  const bronUrl = str(data['bron_url']);
  if (bronUrl !== undefined) {
    const missing = BRON_URL_PLACEHOLDERS.filter((p) => !bronUrl.includes(p));
    const unknown = [...bronUrl.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]).filter((p) => !(BRON_URL_PLACEHOLDERS as readonly string[]).includes(p));
    if (missing.length > 0 || unknown.length > 0) {
      const parts = [
        ...(missing.length > 0 ? [`mist ${missing.join(' en ')}`] : []),
        ...(unknown.length > 0 ? [`bevat ${unknown.join(', ')}, dat staat niet kent`] : []),
      ];
      reportAt(
        edition,
        'bron-url-placeholder',
        `bron_url ${parts.join(' en ')}. Schrijf {pad} waar het pad van het bestand komt en {regel} waar het regelnummer komt, bijvoorbeeld https://github.com/organisatie/staat/blob/main/content/{pad}#L{regel}.`,
        '/bron_url',
      );
    }
  }
}
