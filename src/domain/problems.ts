// This file defines a data problem (sheet, cell, what is wrong, how to fix it) and turns zod issues into problems.
import type { z } from "zod";
import type { ProblemText } from "./messages";

export interface DataProblem {
  readonly sheet: string;
  /** A1 address of the cell to fix, or "" when the problem is the whole sheet. */
  readonly cell: string;
  readonly message: string;
  readonly fix: string;
}

export function problemAt(sheet: string, cell: string, text: ProblemText): DataProblem {
  return { sheet, cell, message: text.message, fix: text.fix };
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
