// Headless Chromium, driven by playwright-core. Only `build --pdf` loads this module, and
// playwright-core is imported when a PDF is actually printed: `staat build` without --pdf never
// needs either.
import { accessSync, constants } from 'node:fs';
import { UsageError } from '../usage-error.js';

/** Where Debian and Ubuntu put Chromium, and Google's build. `STAAT_CHROMIUM` comes first. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to print with; a UsageError (exit 2) naming the install command when there is none. */
export function findChromium(env: Record<string, string | undefined>, candidates: readonly string[] = CANDIDATES): string {
  const chosen = env['STAAT_CHROMIUM'];
  if (chosen !== undefined && chosen !== '') {
    if (executable(chosen)) return chosen;
    throw new UsageError(`STAAT_CHROMIUM wijst naar ${chosen}, maar daar staat geen uitvoerbare Chromium. Wijs het juiste programma aan of laat STAAT_CHROMIUM weg.`);
  }
  const found = candidates.find(executable);
  if (found) return found;
  throw new UsageError(
    'Voor --pdf is Chromium nodig, maar het is niet gevonden. Installeer het met:\n  sudo apt-get install chromium\nof wijs een Chromium of Chrome aan met STAAT_CHROMIUM=/pad/naar/chromium. Zonder --pdf bouwt staat het rapport zonder PDF.',
  );
}

export interface Printer {
  /** Prints one self-contained HTML document to PDF bytes. `tagged`: with the structure tree
   * and bookmarks (slower; a draft print to find page numbers does without). */
  print(html: string, options: { tagged: boolean }): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openPrinter(executablePath: string): Promise<Printer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    // Root (CI containers) needs --no-sandbox; the rest keeps Chromium off the network.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // No scripts: the document is HTML and CSS only. No network: everything is inline.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route('**/*', (route) => route.abort());
  return {
    async print(html, options) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: options.tagged, outline: options.tagged });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
