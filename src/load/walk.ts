/**
 * Lists the files of a content tree. Symbolic links are followed only while they stay inside
 * the content root; anything that is not a regular file is never opened (a FIFO would hang).
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EDITION_FILE } from './content-root.js';

export const REGISTER_NAMES = ['ministeries', 'organisaties', 'themas', 'oproepen'] as const;
export type RegisterName = (typeof REGISTER_NAMES)[number];

export type FileKind = 'edition' | 'register' | 'stand';

export interface TreeEntry {
  /** Relative to the content root, forward slashes. */
  path: string;
  absPath: string;
  kind: FileKind | 'other';
  /** Set when the entry must not be read; the ruleId says why. */
  refused?: { ruleId: 'symlink-outside-root' | 'unexpected-file' | 'stand-misplaced' | 'file-unreadable'; message: string };
}

const STAND_EXTENSIONS = /\.(md|yaml)$/;
/** What an author may have meant as a Stand: reported as an error, or it would silently drop out. */
const STAND_LIKE = /\.(md|markdown|ya?ml)$/i;
const NOT_REGULAR = 'Dit is geen gewoon bestand (maar bijvoorbeeld een map of een speciaal bestand) en kan niet worden gelezen. Zet hier het bestand zelf neer.';

export function walkContentTree(root: string): TreeEntry[] {
  const realRoot = realpathSync(root);
  const entries: TreeEntry[] = [];
  const seenDirs = new Set<string>();

  const classify = (rel: string): FileKind | 'other' => {
    if (rel === EDITION_FILE) return 'edition';
    const reg = /^registers\/([^/]+)\.yaml$/.exec(rel);
    if (reg && (REGISTER_NAMES as readonly string[]).includes(reg[1] ?? '')) return 'register';
    if (/^standen\/[^/]+\/[^/]+$/.test(rel) && STAND_EXTENSIONS.test(rel)) return 'stand';
    return 'other';
  };

  const visit = (abs: string, rel: string, depth: number): void => {
    let dirents: Dirent[];
    try {
      // With the entries' types, as the folder listing gives them: no lstat per file.
      dirents = readdirSync(abs, { withFileTypes: true });
    } catch {
      // A folder we may not read would silently drop its Standen from the report.
      if (rel !== '') entries.push({ path: rel, absPath: abs, kind: 'other', refused: { ruleId: 'file-unreadable', message: 'Deze map kan niet worden gelezen (geen toegang). De Standen erin ontbreken dus; geef leesrechten op de map.' } });
      return;
    }
    for (const dirent of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = dirent.name;
      // Hidden files (.git, .DS_Store, editor swap files) are not content.
      if (name.startsWith('.')) continue;
      const childAbs = join(abs, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      let st: { isDirectory(): boolean; isFile(): boolean } = dirent;
      if (dirent.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(childAbs);
        } catch {
          entries.push({ path: childRel, absPath: childAbs, kind: classify(childRel), refused: { ruleId: 'symlink-outside-root', message: 'Deze snelkoppeling (symbolische link) wijst naar een bestand dat niet bestaat. Vervang haar door het bestand zelf.' } });
          continue;
        }
        const inside = relative(realRoot, target);
        if (inside.startsWith('..') || inside === '' || inside.split(sep)[0] === '..' || /^[a-zA-Z]:/.test(inside) || inside.startsWith(sep)) {
          entries.push({ path: childRel, absPath: childAbs, kind: classify(childRel), refused: { ruleId: 'symlink-outside-root', message: 'Deze snelkoppeling (symbolische link) wijst naar een plek buiten de inhoudsmap en wordt niet gelezen. Zet het bestand zelf in de inhoudsmap.' } });
          continue;
        }
        try {
          st = statSync(childAbs);
        } catch {
          continue;
        }
      }
      if (st.isDirectory() && classify(childRel) !== 'other') {
        // A folder where staat.yaml, a register or a Stand should be.
        entries.push({ path: childRel, absPath: childAbs, kind: classify(childRel), refused: { ruleId: 'file-unreadable', message: NOT_REGULAR } });
        continue;
      }
      if (st.isDirectory()) {
        // Only the known folders hold content; depth and cycles are bounded.
        if (depth >= 3) continue;
        const real = realpathSync(childAbs);
        if (seenDirs.has(real)) continue;
        seenDirs.add(real);
        visit(childAbs, childRel, depth + 1);
        continue;
      }
      const kind = classify(childRel);
      if (!st.isFile()) {
        if (kind !== 'other') entries.push({ path: childRel, absPath: childAbs, kind, refused: { ruleId: 'file-unreadable', message: NOT_REGULAR } });
        else if (childRel.startsWith('standen/') || childRel.startsWith('registers/')) entries.push({ path: childRel, absPath: childAbs, kind, refused: { ruleId: 'unexpected-file', message: 'Dit is geen gewoon bestand en wordt overgeslagen.' } });
        continue;
      }
      if (kind === 'other') {
        if (childRel.startsWith('standen/') && STAND_LIKE.test(name)) {
          entries.push({ path: childRel, absPath: childAbs, kind, refused: { ruleId: 'stand-misplaced', message: misplacedMessage(childRel) } });
        } else if (childRel.startsWith('standen/') || childRel.startsWith('registers/')) {
          entries.push({ path: childRel, absPath: childAbs, kind, refused: { ruleId: 'unexpected-file', message: unexpectedMessage(childRel) } });
        }
        continue;
      }
      entries.push({ path: childRel, absPath: childAbs, kind });
    }
  };
  visit(root, '', 0);
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function unexpectedMessage(rel: string): string {
  if (rel.startsWith('registers/')) {
    return `Dit bestand wordt niet gelezen: de map registers bevat alleen ${REGISTER_NAMES.map((n) => `${n}.yaml`).join(', ')}.`;
  }
  return 'Dit bestand wordt niet gelezen: in standen/<verslagjaar>/ horen alleen Standen als .md of .yaml, zoals standen/2024/uwv.md.';
}

function misplacedMessage(rel: string): string {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const stem = name.replace(STAND_LIKE, '');
  if (/^standen\/[^/]+$/.test(rel)) return `Dit lijkt een Stand, maar hij staat niet in een map per verslagjaar en wordt dus niet gelezen. Zet hem in standen/<verslagjaar>/, zoals standen/2024/${stem}.md.`;
  if (!STAND_EXTENSIONS.test(name)) return `Dit lijkt een Stand, maar alleen bestanden op .md of .yaml (kleine letters) worden gelezen. Hernoem het bestand naar ${stem}.md of ${stem}.yaml.`;
  return 'Dit lijkt een Stand, maar hij staat te diep. Een Stand staat direct in de map van zijn verslagjaar, zoals standen/2024/uwv.md.';
}
