// This file fakes a sheet's Protection as the reference documents it: it mirrors the file's editors until changed,
// the owner and the current user can't be removed, and only someone who may edit it may read or change its editors.
// https://developers.google.com/apps-script/reference/spreadsheet/protection
import type { ProtectionApi, UserApi } from "../../src/workbook/sheets-api";
import type { Calls } from "./runtime";

/** The people a spreadsheet file is shared with. */
export interface FileAccess {
  readonly owner: string;
  readonly editors: readonly string[];
  readonly viewers: readonly string[];
}

export function isGmailOwned(access: FileAccess): boolean {
  return /@(gmail|googlemail)\.com$/i.test(access.owner);
}

export function canEditFile(access: FileAccess, user: string): boolean {
  const email = user.toLowerCase();
  return email === access.owner.toLowerCase() || access.editors.some((e) => e.toLowerCase() === email);
}

/** Not documented word for word: the message Sheets gives a script writing where its user may not. */
export const PROTECTED_MESSAGE = "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

export class FakeUser implements UserApi {
  constructor(private readonly calls: Calls, private readonly email: string) {}
  getEmail(): string {
    this.calls.count("User.getEmail");
    return this.email;
  }
}

export class FakeProtection implements ProtectionApi {
  description = "";
  /** null while the protection still mirrors the spreadsheet's editors (no editor change made yet). */
  private explicit: string[] | null = null;
  domainEdit: boolean;

  constructor(private readonly calls: Calls, private readonly access: () => FileAccess) {
    // A domain-owned file's protection starts open to the domain; a gmail.com file has no domain.
    this.domainEdit = !isGmailOwned(access());
  }

  /** The same settings on another sheet (a template copy that carries its protection). */
  copy(): FakeProtection {
    const copy = new FakeProtection(this.calls, this.access);
    copy.explicit = this.explicit === null ? null : [...this.explicit];
    copy.domainEdit = this.domainEdit;
    copy.description = this.description;
    return copy;
  }

  /** "Until the script actually changes the list of editors … the permissions mirror those of the spreadsheet itself"
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect() */
  get editors(): string[] {
    const { owner, editors } = this.access();
    return this.explicit ?? [owner, ...editors];
  }

  /** Whether `user` may edit the protected sheet: "The spreadsheet owner is always able to edit protected ranges". */
  allows(user: string): boolean {
    const access = this.access();
    if (!canEditFile(access, user)) return false;
    if (user.toLowerCase() === access.owner.toLowerCase()) return true;
    if (this.explicit === null) return true;
    if (this.explicit.some((email) => email.toLowerCase() === user.toLowerCase())) return true;
    return this.domainEdit && !isGmailOwned(access) && user.split("@")[1] === access.owner.split("@")[1];
  }

  private user(): string {
    return this.calls.execution.user;
  }

  /** "Throws an exception if the user does not have permission to edit the protected range or sheet." */
  private mustBeEditor(method: string): void {
    if (!this.allows(this.user())) throw new Error(`${PROTECTED_MESSAGE} (${method})`);
  }

  setDescription(description: string): ProtectionApi {
    this.calls.count("Protection.setDescription", "write");
    this.mustBeEditor("setDescription");
    this.description = description;
    return this;
  }
  canEdit(): boolean {
    this.calls.count("Protection.canEdit", "read");
    return this.allows(this.user());
  }
  getEditors(): UserApi[] {
    this.calls.count("Protection.getEditors", "read");
    this.mustBeEditor("getEditors");
    return this.editors.map((email) => new FakeUser(this.calls, email));
  }
  /** "does not automatically give the users permission to edit the spreadsheet itself" */
  addEditors(emailAddresses: string[]): ProtectionApi {
    this.calls.count("Protection.addEditors", "write");
    return this.add(emailAddresses);
  }
  private add(emails: readonly string[]): ProtectionApi {
    this.mustBeEditor("addEditors");
    const list = [...this.editors];
    for (const email of emails) if (!list.some((e) => e.toLowerCase() === email.toLowerCase())) list.push(email);
    this.explicit = list;
    return this;
  }
  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailAddresses: string[]): ProtectionApi {
    this.calls.count("Protection.removeEditors", "write");
    this.mustBeEditor("removeEditors");
    const keep = new Set([this.access().owner.toLowerCase(), this.user().toLowerCase()]);
    const drop = new Set(emailAddresses.map((e) => e.toLowerCase()).filter((e) => !keep.has(e)));
    this.explicit = this.editors.filter((email) => !drop.has(email.toLowerCase()));
    return this;
  }
  canDomainEdit(): boolean {
    this.calls.count("Protection.canDomainEdit", "read");
    this.mustBeEditor("canDomainEdit");
    return this.domainEdit;
  }
  /** "Throws an exception if the spreadsheet does not belong to a Google Workspace domain (… owned by a gmail.com account)." */
  setDomainEdit(editable: boolean): ProtectionApi {
    this.calls.count("Protection.setDomainEdit", "write");
    this.mustBeEditor("setDomainEdit");
    if (isGmailOwned(this.access())) throw new Error("Exception: The spreadsheet does not belong to a Google Workspace domain (setDomainEdit).");
    this.domainEdit = editable;
    return this;
  }
}
