// This file decides who may run the officers' actions on a shared workbook: the file's owner and the officers listed
// in Cấu hình; everyone else (a thôn head, a former officer) is told so before anything is written.

/** Who runs an action on a shared file, and who may edit it. */
export interface FileAccess {
  /** The person the run acts for (the one who installed the schedule, for its runs); "" when the platform won't say. */
  readonly user: string;
  /** The file's owner, or null where it has none (a shared drive). */
  readonly owner: string | null;
  /** Everyone who may edit the file (owner included): only they can be given a protected sheet. */
  readonly editors: readonly string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function isOfficer(access: FileAccess, officers: readonly string[]): boolean {
  if (access.user === "") return false;
  return (access.owner !== null && same(access.user, access.owner)) || officers.some((email) => same(email, access.user));
}

export function canEditFile(access: FileAccess, email: string): boolean {
  return access.editors.some((editor) => same(editor, email));
}

/** The officers a campaign set up by `user` starts with: the plan's (none name any), and whoever set it up. */
export function officersWith(officers: readonly string[], user: string): string[] {
  return user === "" || officers.some((email) => same(email, user)) ? [...officers] : [...officers, user];
}
