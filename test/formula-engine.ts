// This file loads a workbook's sheets, values and formulas, into HyperFormula, a real formula engine, so tests read what
// the live formulas give.
import type ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function raw(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof value === "object") {
    if ("formula" in value) return `=${value.formula}`;
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("hyperlink" in value) return String(value.text);
    return null;
  }
  // A string cell is text in the file: HyperFormula would read "96%" as 0.96 and "=" as a formula, the quote keeps it text.
  if (typeof value === "string") return `'${value}`;
  return value as RawCellContent;
}

/** Every sheet of the workbook, as values and formulas, in one HyperFormula instance. */
export function engineFor(book: ExcelJS.Workbook): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: RawCellContent[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      const line: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        line[c - 1] = raw(cell.value);
      });
      rows[r - 1] = Array.from(line, (v) => v ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (row) => row ?? []);
  }
  // SUMPRODUCT works on whole arrays in Sheets, Excel and LibreOffice; HyperFormula does so with array arithmetic on.
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
}
