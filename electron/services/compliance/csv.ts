/** One CSV record with the 1-based line it starts on (for error messages). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes ("" is a quote,
 * and a quoted field may span lines), LF or CRLF line ends, a leading byte-order mark ignored,
 * blank lines skipped. Throws with the line number on an unterminated quote.
 */
export function parseCsv(content: string): CsvRow[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new Error(`Line ${quoteLine}: a quoted field is never closed`);
  endRow();
  return rows;
}
