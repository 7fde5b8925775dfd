import type { ActieBij, Status } from './content.js';

/**
 * Open means status not `opgelost` and not `vervallen` (report.md). Takes any value: the lint
 * rules ask it about data that may not match the schema.
 */
export function isOpen(status: Status | unknown): boolean {
  return status !== 'opgelost' && status !== 'vervallen';
}

// Every role of the `actie_bij` enum, in the order of format.md. per_actie_bij lists each
// of them, also with 0. The `satisfies` + exhaustiveness check below makes the compiler
// complain when the schema's enum gains a role that is missing here.
export const ACTIE_BIJ_ROLLEN = [
  'politiek',
  'eigenaar',
  'opdrachtgever',
  'opdrachtnemer',
  'ketenpartner',
  'medeoverheid',
  'eu',
] as const satisfies readonly ActieBij[];

type MissingRole = Exclude<ActieBij, (typeof ACTIE_BIJ_ROLLEN)[number]>;
const _allRolesListed: [MissingRole] extends [never] ? true : MissingRole = true;
void _allRolesListed;

// Every status of the enum, in the order a knelpunt's life runs (format.md). Tables of statuses
// (the from/to matrix on the trends page, the breakdown per oproep) use this order.
export const STATUSSEN = [
  'nieuw',
  'in_analyse',
  'in_uitvoering',
  'deels_opgelost',
  'opgelost',
  'structureel_onopgelost',
  'vervallen',
] as const satisfies readonly Status[];

type MissingStatus = Exclude<Status, (typeof STATUSSEN)[number]>;
const _allStatusesListed: [MissingStatus] extends [never] ? true : MissingStatus = true;
void _allStatusesListed;
