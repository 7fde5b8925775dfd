/** The one JSON text format of every data file: 2-space indent, trailing newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
