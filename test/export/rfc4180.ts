// A small, strict RFC 4180 parser (`;` delimiter, CRLF records) used only to check the
// CSV writer from the outside. It throws on anything RFC 4180 does not allow, so a writer
// bug shows up as a parse error rather than as a silently different cell.
export function parseCsv(text: string, delimiter = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  const endCell = () => {
    row.push(cell);
    cell = '';
    state = 'start';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (state === 'quoted') {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else state = 'closed';
      continue;
    }
    if (c === delimiter) {
      endCell();
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else if (state === 'closed') {
      throw new Error(`text after closing quote at ${i}`);
    } else if (c === '"') {
      if (state !== 'start') throw new Error(`quote inside unquoted cell at ${i}`);
      state = 'quoted';
    } else {
      cell += c;
      state = 'plain';
    }
  }
  if (state === 'quoted') throw new Error('unterminated quoted cell');
  if (state !== 'start' || cell !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}
