/**
 * Lists the files of a content tree. Symbolic links are followed only while they stay inside
 * the content root; anything that is not a regular file is never opened (a FIFO would hang).
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
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
  refused?: { ruleId: 'symlink-outside-root' | 'unexpected-file'; message: string };
}

const STAND_EXTENSIONS = /\.(md|yaml)$/;

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
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      // Hidden files (.git, .DS_Store, editor swap files) are not content.
      if (name.startsWith('.')) continue;
      const childAbs = join(abs, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      let st = lstatSync(childAbs);
      if (st.isSymbolicLink()) {
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
        st = statSync(childAbs);
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
        entries.push({ path: childRel, absPath: childAbs, kind, refused: { ruleId: 'unexpected-file', message: 'Dit is geen gewoon bestand en wordt overgeslagen.' } });
        continue;
      }
      if (kind === 'other') {
        if (childRel.startsWith('standen/') || childRel.startsWith('registers/')) {
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
  if (/\.yml$/.test(rel)) return 'Dit bestand wordt niet gelezen: een Stand eindigt op .yaml (niet .yml) of .md. Hernoem het bestand.';
  if (/^standen\/[^/]+$/.test(rel)) return 'Dit bestand wordt niet gelezen: een Stand hoort in een map per verslagjaar, zoals standen/2024/uwv.md.';
  return 'Dit bestand wordt niet gelezen: in standen/<verslagjaar>/ horen alleen Standen als .md of .yaml, zoals standen/2024/uwv.md.';
}
