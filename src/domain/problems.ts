// This file defines a data problem (sheet, cell, thôn, what is wrong, how to fix it) and turns zod issues into problems.
import type { z } from "zod";
import type { ProblemText } from "./messages";

export interface DataProblem {
  readonly sheet: string;
  /** A1 address of the cell to fix, or "" when the problem is the whole sheet. */
  readonly cell: string;
  /** The thôn the problem belongs to (its tab, or its row of Danh sách thôn); absent for the commune's own sheets. */
  readonly village?: string;
  readonly message: string;
  readonly fix: string;
}

export function problemAt(sheet: string, cell: string, text: ProblemText, village?: string): DataProblem {
  return { sheet, cell, ...(village === undefined ? {} : { village }), message: text.message, fix: text.fix };
}

/** The problems, each told which thôn it belongs to. */
export function ofVillage(problems: readonly DataProblem[], village: string): DataProblem[] {
  return problems.map((problem) => ({ ...problem, village }));
}

/**
 * Where a problem is, as a person looks for it: the sheet, and the thôn in brackets unless the sheet is named for it
 * ("Danh sách thôn (Thôn 4)", "Thôn Năm (Thôn 5)" for a renamed tab, "Thôn 6").
 */
export function problemSheetLabel(problem: DataProblem): string {
  return problem.village === undefined || problem.village === problem.sheet ? problem.sheet : `${problem.sheet} (${problem.village})`;
}

/** Adds a problem's wording to a zod refinement context, keeping the fix beside the message. */
export function addProblem(ctx: z.RefinementCtx, text: ProblemText, path?: PropertyKey[]): void {
  ctx.addIssue({ code: "custom", message: text.message, params: { fix: text.fix }, ...(path ? { path } : {}) });
}

/** Problems from zod issues, each placed on the cell its path names. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => { sheet: string; cell: string },
): DataProblem[] {
  return issues.map((issue) => {
    const where = locate(issue.path);
    const params = (issue as { params?: { fix?: string } }).params;
    return { ...where, message: issue.message, fix: params?.fix ?? "" };
  });
}
