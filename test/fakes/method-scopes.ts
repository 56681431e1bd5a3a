// This file reads Google's reference text (npm gas-types-detailed) into a table: Apps Script method → OAuth scopes it needs.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface MethodReference {
  /** The scopes the reference lists under "Authorization" (any one of them suffices); empty when it lists none. */
  readonly scopes: readonly string[];
  /** The reference page, e.g. https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object). */
  readonly url: string;
}

let table: Map<string, MethodReference> | undefined;

/** Every documented method, keyed "<Namespace>.<Interface>.<method>" (e.g. "Spreadsheet.Range.setValues"); overloads merged. */
export function methodScopes(): ReadonlyMap<string, MethodReference> {
  table ??= parse();
  return table;
}

/** The scopes a method needs ("one or more of"), or undefined when the reference has no such method. */
export function requiredScopes(key: string): readonly string[] | undefined {
  return methodScopes().get(key)?.scopes;
}

// A line parser, not the TypeScript compiler: the files are generated with a fixed layout, and parsing their 5.7 MB with
// the compiler takes a second (this takes 0.15 s), which every test that loads the fakes would pay. It relies on:
//   "  namespace Spreadsheet {" / "    interface Range {" /
//   "      /**" … "       * - https://…scope" … "       */" / "      setValues(…): Range;"
function parse(): Map<string, MethodReference> {
  const dir = dirname(require.resolve("gas-types-detailed/package.json"));
  const result = new Map<string, { scopes: Set<string>; url: string }>();
  for (const file of readdirSync(dir).filter((f) => /^google-apps-script\..+\.d\.ts$/.test(f))) {
    let namespace = "";
    let iface = "";
    let doc: string[] = [];
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const ns = /^ {2}namespace (\w+) \{/.exec(line);
      const it = /^ {4}interface (\w+)\b.*\{$/.exec(line);
      if (ns) namespace = ns[1]!;
      else if (it) iface = it[1]!;
      else if (/^ {4}\}/.test(line)) iface = "";
      else if (/^ {6}\/\*\*/.test(line)) doc = [line];
      else if (/^ {7}\*/.test(line)) doc.push(line);
      else if (iface && /^ {6}\w+\??\s*[<(]/.test(line)) {
        add(result, `${namespace}.${iface}.${/\w+/.exec(line)![0]}`, doc);
        doc = [];
      } else if (/^ {6}\S/.test(line)) doc = []; // a property (an enum on a service object): no scopes to record
    }
  }
  return new Map([...result].map(([key, { scopes, url }]) => [key, { scopes: [...scopes].sort(), url }]));
}

/** Merges one overload's comment into its method's entry; "@deprecated DO NOT USE" stubs have no reference page and are left out. */
function add(result: Map<string, { scopes: Set<string>; url: string }>, key: string, doc: string[]): void {
  const url = doc.map((l) => /^\s*\* (https:\/\/developers\.google\.com\/apps-script\/reference\/\S+)$/.exec(l)?.[1]).find(Boolean);
  if (!url) return;
  const entry = result.get(key) ?? { scopes: new Set<string>(), url };
  result.set(key, entry);
  // "Authorization:", a blank line, "Scripts that use this method require authorization with one or more of the following
  // scopes[ or appropriate scopes from the related REST API]:", then one "- <scope>" line each, up to the next blank line.
  const start = doc.findIndex((l) => /^\s*\* Authorization:$/.test(l));
  if (start < 0) return;
  for (const line of doc.slice(start + 3)) {
    const scope = /^\s*\* - (https:\/\/\S+)$/.exec(line)?.[1];
    if (!scope) break;
    entry.scopes.add(scope);
  }
}
