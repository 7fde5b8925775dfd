/**
 * Turns the bytes of a submitted file into text, or says in Dutch why it cannot be read.
 * Submissions come from outside: a Stand that is binary, UTF-16 or absurdly large is normal
 * input that gets a rule id, never a crash or a hang.
 */

import { isUtf8 } from 'node:buffer';

/** Far above any real Stand (the largest real ones are tens of KB), far below trouble. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type DecodeFailure = { ok: false; ruleId: 'file-too-large' | 'file-binary' | 'file-encoding'; message: string };
export type DecodeResult = { ok: true; text: string } | DecodeFailure;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** `size` is the file's real size, which may exceed the bytes read. */
export function decodeSource(bytes: Uint8Array, size: number = bytes.length): DecodeResult {
  const refused = refusal(bytes, size);
  if (refused) return refused;
  let text: string;
  try {
    // TextDecoder drops a UTF-8 BOM: editors do not count it as a column either.
    text = utf8.decode(bytes);
  } catch {
    return NOT_UTF8;
  }
  return { ok: true, text };
}

/**
 * Whether decodeSource would decode these bytes, without decoding them: for readers that look at
 * a few lines of many files (load/light.ts), where turning every byte into a string is most of
 * the work. Node's isUtf8 accepts exactly what the fatal TextDecoder accepts.
 */
export function isDecodable(bytes: Uint8Array, size: number = bytes.length): boolean {
  return refusal(bytes, size) === undefined && isUtf8(bytes);
}

const NOT_UTF8: DecodeFailure = {
  ok: false,
  ruleId: 'file-encoding',
  message: 'Dit bestand is geen geldige UTF-8-tekst (bijvoorbeeld Windows-1252 of Latin-1). Sla het op als UTF-8.',
};

/** Every reason to refuse the bytes except invalid UTF-8, which only decoding (or isUtf8) finds. */
function refusal(bytes: Uint8Array, size: number): DecodeFailure | undefined {
  if (size > MAX_FILE_BYTES) {
    const kb = Math.round(size / 1024);
    return {
      ok: false,
      ruleId: 'file-too-large',
      message: `Dit bestand is ${kb} KB; het maximum is ${MAX_FILE_BYTES / 1024} KB. Een Stand is tekst; laat grote bijlagen weg en verwijs er met een link (bronnen) naar.`,
    };
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return {
      ok: false,
      ruleId: 'file-encoding',
      message: 'Dit bestand is opgeslagen als UTF-16. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" en dan codering UTF-8).',
    };
  }
  if (looksLikeUtf16(bytes)) {
    return {
      ok: false,
      ruleId: 'file-encoding',
      message: 'Dit bestand is opgeslagen als UTF-16 (zonder BOM). Sla het op als UTF-8 (in de meeste editors: "Opslaan als" en dan codering UTF-8).',
    };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      ruleId: 'file-binary',
      message: 'Dit bestand bevat binaire gegevens (NUL-tekens) en is dus geen tekstbestand. Lever de Stand aan als Markdown (.md) of YAML (.yaml) in UTF-8.',
    };
  }
  return undefined;
}

/**
 * UTF-16 text without a BOM: mostly-ASCII text leaves a NUL in every other byte, all on the
 * even (big-endian) or all on the odd (little-endian) positions. Binary data has no such rhythm.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return false;
  // Without a NUL there is no rhythm to count (and most files have none): one native search.
  if (bytes.subarray(0, n).indexOf(0) === -1) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return (odd >= pairs * 0.9 && even === 0) || (even >= pairs * 0.9 && odd === 0);
}
