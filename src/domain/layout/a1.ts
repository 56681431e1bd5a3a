// This file converts row/column numbers to A1 notation and back.

/** A rectangle of cells, 1-based. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function areaA1(area: Area): string {
  const end = a1(area.row + area.rows - 1, area.col + area.cols - 1);
  return `${a1(area.row, area.col)}:${end}`;
}

/** A column range such as B16:B2015, absolute when asked. */
export function columnRange(col: number, firstRow: number, lastRow: number, absolute = false): string {
  const c = columnLetter(col);
  return absolute ? `$${c}$${firstRow}:$${c}$${lastRow}` : `${c}${firstRow}:${c}${lastRow}`;
}

/** A sheet name quoted for use inside a formula. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Text safe inside a formula's string literal. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The column number of an A1 address ("AB12" → 28). */
export function colOf(address: string): number {
  const letters = /^[A-Z]+/.exec(address)?.[0] ?? "";
  return Array.from(letters).reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/** The row number of an A1 address ("AB12" → 12). */
export function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 0);
}
