// This file wraps a workbook and counts its calls by method: how the bench and tests see that calls do not grow with rows.
import type { Workbook } from "./workbook";

/** The workbook's methods: each call one that an implementation may make to its file. */
type Method = { [K in keyof Workbook]: Workbook[K] extends (...args: never[]) => unknown ? K : never }[keyof Workbook];
export type CallCounts = Record<Method, number>;

export class CountingWorkbook implements Workbook {
  readonly calls: CallCounts = { sheets: 0, addSheet: 0, renameSheet: 0, read: 0, write: 0, clear: 0, format: 0, protect: 0, protection: 0, setTabColor: 0, chart: 0, fit: 0, access: 0, canEdit: 0, hide: 0, stamp: 0, setStamp: 0, finish: 0, holdsPageSetup: 0, markProblems: 0 };

  constructor(private readonly inner: Workbook) {}

  get frontEnd() {
    return this.inner.frontEnd;
  }

  total(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  reset(): void {
    for (const key of Object.keys(this.calls) as Method[]) this.calls[key] = 0;
  }

  sheets() {
    this.calls.sheets++;
    return this.inner.sheets();
  }
  addSheet(...args: Parameters<Workbook["addSheet"]>) {
    this.calls.addSheet++;
    return this.inner.addSheet(...args);
  }
  renameSheet(...args: Parameters<Workbook["renameSheet"]>) {
    this.calls.renameSheet++;
    return this.inner.renameSheet(...args);
  }
  read(...args: Parameters<Workbook["read"]>) {
    this.calls.read++;
    return this.inner.read(...args);
  }
  write(...args: Parameters<Workbook["write"]>) {
    this.calls.write++;
    return this.inner.write(...args);
  }
  clear(...args: Parameters<Workbook["clear"]>) {
    this.calls.clear++;
    return this.inner.clear(...args);
  }
  format(...args: Parameters<Workbook["format"]>) {
    this.calls.format++;
    return this.inner.format(...args);
  }
  protect(...args: Parameters<Workbook["protect"]>) {
    this.calls.protect++;
    return this.inner.protect(...args);
  }
  protection(...args: Parameters<Workbook["protection"]>) {
    this.calls.protection++;
    return this.inner.protection(...args);
  }
  chart(...args: Parameters<Workbook["chart"]>) {
    this.calls.chart++;
    return this.inner.chart(...args);
  }
  hide(...args: Parameters<Workbook["hide"]>) {
    this.calls.hide++;
    return this.inner.hide(...args);
  }
  stamp(...args: Parameters<Workbook["stamp"]>) {
    this.calls.stamp++;
    return this.inner.stamp(...args);
  }
  setStamp(...args: Parameters<Workbook["setStamp"]>) {
    this.calls.setStamp++;
    return this.inner.setStamp(...args);
  }
  finish() {
    this.calls.finish++;
    return this.inner.finish();
  }
  fit(...args: Parameters<Workbook["fit"]>) {
    this.calls.fit++;
    return this.inner.fit(...args);
  }
  access() {
    this.calls.access++;
    return this.inner.access();
  }
  canEdit(...args: Parameters<Workbook["canEdit"]>) {
    this.calls.canEdit++;
    return this.inner.canEdit(...args);
  }
  markProblems(...args: Parameters<Workbook["markProblems"]>) {
    this.calls.markProblems++;
    return this.inner.markProblems(...args);
  }
  holdsPageSetup() {
    this.calls.holdsPageSetup++;
    return this.inner.holdsPageSetup();
  }
  setTabColor(...args: Parameters<Workbook["setTabColor"]>) {
    this.calls.setTabColor++;
    return this.inner.setTabColor(...args);
  }
}
