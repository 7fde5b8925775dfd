// The single place where the model imports content types from (generated from schemas/).
export type {
  Edition,
  Stand,
  Knelpunt,
  Lichtpunt,
  Dilemma,
  Kerncijfer,
  Ministerie,
  Organisatie,
  DriehoekPeriode,
  Thema,
  Oproep,
} from '../content/types.js';

import type { Knelpunt } from '../content/types.js';

/** Status of a knelpunt (the schema's enum). */
export type Status = Knelpunt['status'];
/** A role of `actie_bij` (the schema's enum). */
export type ActieBij = Knelpunt['actie_bij'][number];
