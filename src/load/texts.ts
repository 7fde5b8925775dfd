/**
 * Every content file's path and text, as a load would give them (loadEntry: the decoded text, or
 * '' for a file that is refused, unreadable or not valid text), without parsing anything: what a
 * build needs to learn that the report it made last time is still the one to make.
 */
import type { Read } from './cached.js';
import { decodeSource } from './decode.js';
import { readBounded } from './load-tree.js';
import { walkContentTree, type TreeEntry } from './walk.js';

/** A content file as read once: a load given these (LoadOptions.read) neither walks nor reads again. */
export interface ReadFile {
  path: string;
  text: string;
  entry: TreeEntry;
  /** Absent when the file is refused or could not be read. */
  read?: Read;
}

export function readTexts(root: string): ReadFile[] {
  return walkContentTree(root).map((entry) => {
    if (entry.refused) return { path: entry.path, text: '', entry };
    try {
      const read = readBounded(entry.absPath);
      const decoded = decodeSource(read.bytes, read.size);
      return { path: entry.path, text: decoded.ok ? decoded.text : '', entry, read };
    } catch {
      return { path: entry.path, text: '', entry };
    }
  });
}
