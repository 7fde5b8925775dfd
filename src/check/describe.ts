/**
 * Names a JSON pointer in words for a Dutch reader: /knelpunten/2/thema becomes
 * "het veld 'thema' van knelpunt 3 ('wajong-toeslag')".
 */

const LIST_ITEM: Record<string, string> = {
  knelpunten: 'knelpunt',
  lichtpunten: 'lichtpunt',
  dilemmas: 'dilemma',
  kerncijfers: 'kerncijfer',
  driehoek: 'driehoekperiode',
  subthemas: 'subthema',
  actie_bij: 'actie_bij-waarde',
  bronnen: 'bron',
  ketenpartners: 'ketenpartner',
  organisaties: 'organisatie',
  opdrachtgevers: 'opdrachtgever',
  doelgroepen: 'doelgroep',
  wetten: 'wet',
  oproepen: 'oproep',
  synoniemen: 'synoniem',
  afweging_tussen: 'afweging',
};

export interface PointerWords {
  /** "het veld 'thema' van knelpunt 3 ('x')" */
  field: string;
  /** Same, capitalised. */
  Field: string;
  /** "in knelpunt 3 ('x')" or "bovenaan in het bestand" — where a missing/unknown field sits. */
  in: string;
}

export function describePointer(pointer: string, data: unknown): PointerWords {
  const segs = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const owner = ownerWords(segs.slice(0, -1), data);
  const last = segs[segs.length - 1];
  let field: string;
  if (last === undefined) field = 'het bestand';
  else if (/^\d+$/.test(last)) {
    const listName = segs[segs.length - 2] ?? '';
    const nested = ownerWords(segs.slice(0, -2), data);
    field = `${LIST_ITEM[listName] ?? 'element'} ${Number(last) + 1}${nested ? ` van ${nested}` : ''}`;
    const where = ownerWords(segs, data);
    return { field, Field: capital(field), in: where ? `in ${where}` : 'bovenaan in het bestand' };
  } else field = `het veld '${last}'${owner ? ` van ${owner}` : ''}`;
  const where = ownerWords(segs, data);
  return { field, Field: capital(field), in: where ? `in ${where}` : 'bovenaan in het bestand' };
}

/** Words for the innermost list item a path lies in ("knelpunt 3 ('id')"), or ''. */
function ownerWords(segs: string[], data: unknown): string {
  let node: unknown = data;
  let words = '';
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    if (/^\d+$/.test(seg)) {
      const listName = segs[i - 1] ?? '';
      const id = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)['id'] : undefined;
      words = `${LIST_ITEM[listName] ?? 'element'} ${Number(seg) + 1}${typeof id === 'string' ? ` ('${id}')` : ''}`;
    }
  }
  return words;
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
