/** A CSS string literal for any text: everything but plain letters, digits and a few marks is
 * written as a hex escape, so no text (a title from staat.yaml) can end the string or the
 * `<style>` element it sits in. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /^[A-Za-z0-9 ,.:;!?()-]$/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0x3f).toString(16)} `;
  }
  return `${out}"`;
}
