export { buildModel } from './build-model.js';
export { isOpen, ACTIE_BIJ_ROLLEN, STATUSSEN } from './status.js';
export { driehoekInYear } from './driehoek.js';
export type * from './types.js';
