// This file keeps the add-on's index of a spreadsheet in one developer metadata entry: which sheet has which stable key,
// and what the add-on last did to it (format, protection, size, tab colour), so a run finds every sheet in a fixed
// number of calls and skips what is already done. Per-sheet key metadata stays the source of truth when they disagree.
import * as z from "zod";

/** Spreadsheet-level developer metadata key holding the index. Metadata is capped at 30,000 characters per spreadsheet,
 * so the index keeps short hashes, not the formats themselves. https://developers.google.com/workspace/sheets/api/guides/metadata */
export const INDEX_METADATA = "sotd.index";

const EntrySchema = z.object({
  /** The sheet's name when last seen. */
  n: z.string(),
  /** Its stable key, or null for a sheet the add-on does not keep. */
  k: z.string().nullable(),
  /** What was last applied, by kind: a fingerprint of the format, the editors, the size, the tab colour… */
  s: z.record(z.string(), z.string()).default({}),
});
const IndexSchema = z.object({ v: z.literal(1), sheets: z.array(EntrySchema) });

export type IndexEntry = z.infer<typeof EntrySchema>;

export function parseIndex(text: string | null): IndexEntry[] | null {
  if (text === null) return null;
  try {
    const parsed = IndexSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.sheets : null;
  } catch {
    return null;
  }
}

export function serializeIndex(entries: readonly IndexEntry[]): string {
  return JSON.stringify({ v: 1, sheets: entries });
}
