/**
 * Every content file's path and text, as a load would give them (loadEntry: the decoded text, or
 * '' for a file that is refused, unreadable or not valid text), without parsing anything: what a
 * build needs to learn that the report it made last time is still the one to make.
 */
import { decodeSource } from './decode.js';
import { readBounded } from './load-tree.js';
import { walkContentTree } from './walk.js';

export function readTexts(root: string): { path: string; text: string }[] {
  return walkContentTree(root).map((entry) => {
    if (entry.refused) return { path: entry.path, text: '' };
    try {
      const read = readBounded(entry.absPath);
      const decoded = decodeSource(read.bytes, read.size);
      return { path: entry.path, text: decoded.ok ? decoded.text : '' };
    } catch {
      return { path: entry.path, text: '' };
    }
  });
}
