// The single place where the model imports content types from, so switching from the
// stand-ins to the generated '../content/types.js' is a one-file change.
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
} from './content-shapes.js';

import type { Knelpunt } from './content-shapes.js';

/** Status of a knelpunt (the schema's enum). */
export type Status = Knelpunt['status'];
/** A role of `actie_bij` (the schema's enum). */
export type ActieBij = Knelpunt['actie_bij'][number];
