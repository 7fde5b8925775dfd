// Chromium stamps the PDF with the time of printing. For a reproducible PDF the dates become the
// report's own date (SOURCE_DATE_EPOCH when set). The new date has the same length as the old one
// and is written in place, so every offset in the file stays right.

/** `2024-09-09T00:00:00.000Z` → `D:20240909000000+00'00'` */
export function pdfDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}+00'00'`;
}

export function setPdfDates(bytes: Uint8Array, iso: string): Uint8Array {
  const date = pdfDate(iso);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const replaced = text.replace(/\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g, (all, _key: string, old: string) =>
    old.length === date.length ? all.replace(old, date) : all,
  );
  return replaced === text ? bytes : new Uint8Array(Buffer.from(replaced, 'latin1'));
}
