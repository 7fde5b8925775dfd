import type { Knelpunt, Thema } from './content.js';
import type { DerivedKnelpunt, DriehoekInYear, StandSource } from './types.js';
import { bronOf, firstAppearance, globalId, type History } from './history.js';
import { isOpen } from './status.js';
import { sortedIds } from './sort.js';

export interface DeriveContext {
  history: History;
  themas: ReadonlyMap<string, Thema>;
  driehoek: DriehoekInYear;
  /** The organisation's previous Stand, if any. */
  vorige: StandSource | undefined;
}

/** Every derived field of report.md's table for one knelpunt of the edition. */
export function deriveKnelpunt(source: StandSource, index: number, ctx: DeriveContext): DerivedKnelpunt {
  const knelpunt = source.stand.knelpunten[index] as Knelpunt;
  const organisatie = source.stand.organisatie;
  const verslagjaar = source.stand.verslagjaar;
  const gid = globalId(organisatie, knelpunt.id);
  const { oproepen: ownOproepen, eerste_melding: ownEersteMelding, ...fields } = knelpunt;

  const oproepen = sortedIds(ownOproepen ?? ctx.themas.get(knelpunt.thema)?.oproepen ?? []);
  const { eigenaar, opdrachtgevers, meervoudig_opdrachtgeverschap } = ctx.driehoek;
  const opdrachtgever_toegerekend =
    knelpunt.opdrachtgever ?? (opdrachtgevers.length === 1 ? (opdrachtgevers[0] as string) : null);
  // The edition knelpunt itself is in the history, so the fallback to verslagjaar only
  // guards the impossible case of a history built without it.
  const eerste_melding = ownEersteMelding ?? firstAppearance(ctx.history, gid) ?? verslagjaar;
  const open = isOpen(knelpunt.status);
  const vorige_status = ctx.vorige?.stand.knelpunten.find((k) => k.id === knelpunt.id)?.status ?? null;

  return {
    organisatie,
    global_id: gid,
    verslagjaar,
    ...fields,
    oproepen,
    eigenaar,
    opdrachtgevers,
    meervoudig_opdrachtgeverschap,
    opdrachtgever_toegerekend,
    eerste_melding,
    jaren_open: open ? verslagjaar - eerste_melding : null,
    vorige_status,
    bron: bronOf(source, index),
    open,
    geschiedenis: ctx.history.geschiedenis.get(gid) ?? [],
  };
}
