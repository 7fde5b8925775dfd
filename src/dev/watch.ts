/**
 * Watching the content tree and the templates for `staat dev`. Node's recursive `fs.watch` is a
 * JavaScript fallback on Linux that can miss a save; chokidar watches every folder itself, follows
 * new and removed folders, and folds an editor's atomic save (write a temp file, rename it over
 * the original) into one change of the original file.
 */
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface Watcher {
  /** Resolves once the initial scan is done: every later change is reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Folders and files that never affect the report (editor, VCS and staat's own output). */
const IGNORED = /(?:^|[/\\])(?:\.git|node_modules|\.staat)(?:[/\\]|$)|(?:~|\.swp|\.swx)$/;

/**
 * Calls `onChange` once per burst of events (an editor writes several per save) with the changed
 * paths, relative to the folder they are in (`base`), newest last.
 */
export function watchFolders(folders: readonly string[], onChange: (paths: string[]) => void, debounceMs = 40): Watcher {
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch([...folders], { ignoreInitial: true, ignored: (p: string) => IGNORED.test(p), atomic: true });
  watcher.on('all', (_event, path) => {
    const base = folders.find((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)) ?? '';
    pending.push(relative(base, path).split(sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = pending;
      pending = [];
      onChange(paths);
    }, debounceMs);
  });
  // A folder that cannot be read (permissions) must not stop the preview.
  watcher.on('error', () => undefined);
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
