/**
 * Runs every check over a loaded content tree: schema per file, then the cross-file rules.
 * Problems land on each SourceFile's diagnostics; nothing throws for bad content.
 */
import type { ContentTree } from '../load/load-tree.js';
import { emptySourceFile, report, type SourceFile } from '../load/source-file.js';
import { REGISTER_NAMES, type RegisterName } from '../load/walk.js';
import { checkEdition } from './edition.js';
import { dropInvisibleConsequences } from './invisible-character.js';
import { checkRegisters, indexRegisters, type Registers } from './registers.js';
import { checkFile } from './check-file.js';
import { buildStandContext, checkStand, standFacts } from './stand-rules.js';

export interface CheckedTree {
  tree: ContentTree;
  registers: Registers;
  /** Files whose problems are reported: staat.yaml, registers, and the selected Standen. */
  reported: SourceFile[];
  /** Files whose data passed the schema (usable by the model when they have no errors). */
  schemaValid: Set<SourceFile>;
}

/**
 * @param selected Stand paths to report on; undefined = every Stand. Other Standen are context only.
 */
export function checkTree(tree: ContentTree, selected?: ReadonlySet<string>): CheckedTree {
  const registerFiles = new Map<RegisterName, SourceFile>();
  const standen: SourceFile[] = [];
  let edition: SourceFile | undefined;
  for (const file of tree.files) {
    if (file.kind === 'edition') edition = file;
    else if (file.kind === 'register' && file.register) registerFiles.set(file.register, file);
    else standen.push(file);
  }

  const reported: SourceFile[] = [];
  const missing = REGISTER_NAMES.filter((name) => !registerFiles.has(name));
  for (const name of missing) {
    const file = emptySourceFile(`registers/${name}.yaml`, `${tree.root}/registers/${name}.yaml`, 'register', name);
    report(file, 'register-missing', `Het register registers/${name}.yaml ontbreekt. Zonder dit register kunnen verwijzingen niet worden gecontroleerd; voeg het bestand toe.`, 0, 0);
    reported.push(file);
  }

  const schemaValid = new Set<SourceFile>();
  const isSelected = (file: SourceFile): boolean => selected === undefined || selected.has(file.path);
  for (const file of tree.files) {
    // Unselected Standen are context: their schema problems are not ours to report.
    if (file.kind === 'stand' && !isSelected(file)) continue;
    if (file.schemaValid ?? checkFile(file)) schemaValid.add(file);
  }

  const registers = indexRegisters(registerFiles);
  checkRegisters(registerFiles, registers);

  const facts = standen.filter((f) => f.data !== undefined).map(standFacts);
  const context = buildStandContext(facts, registers);
  for (const f of facts) if (isSelected(f.file)) checkStand(f, context);

  if (!edition) {
    // Removed after the content root was found (while `staat dev` runs, say).
    edition = emptySourceFile('staat.yaml', `${tree.root}/staat.yaml`, 'edition');
    report(edition, 'edition-missing', 'staat.yaml ontbreekt. Dit bestand beschrijft de editie (titel, editie, verslagjaar); zonder kan het rapport niet worden gemaakt.', 0, 0);
  }
  if (edition) {
    checkEdition(edition);
    reported.push(edition);
  }
  reported.push(...registerFiles.values());
  reported.push(...standen.filter(isSelected));
  reported.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of reported) dropInvisibleConsequences(file);
  return { tree, registers, reported, schemaValid };
}
