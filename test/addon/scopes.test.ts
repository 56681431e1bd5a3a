// This file tests that appsscript.json's oauthScopes cover every Apps Script method the source calls, and ask for no more.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { methodScopes, type MethodReference } from "../fakes/method-scopes";

const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src") + path.sep;
// The source reaches Apps Script only through the interfaces declared here, each a narrowed copy of a real class.
const NARROWED = ["src/workbook/sheets-api.ts", "src/addon/platform.ts"].map((f) => path.join(ROOT, f));
const GAS_TYPES = "/@types/google-apps-script/"; // the compiler writes file names with forward slashes

/** A call site: the real method ("Spreadsheet.Range.setValues") and where one call is ("src/addon/run.ts:30"). */
interface Use {
  key: string;
  where: string;
}

/**
 * The checker's core: the calls these scopes don't allow, and the scopes asked for but never needed. Google's reference lists
 * per method the scopes of which any one suffices (https://developers.google.com/apps-script/concepts/scopes); the manifest's
 * oauthScopes replace the automatic ones, so a missing scope fails at run time with a permission error.
 */
function scopeProblems(uses: Use[], granted: readonly string[], table: ReadonlyMap<string, MethodReference> = methodScopes()) {
  const problems: string[] = [];
  const needed = new Set<string>();
  for (const { key, where } of uses) {
    const ref = table.get(key);
    if (!ref)
      problems.push(`${key} (called at ${where}) is not in Google's reference: a typo, or a narrowed interface mapped to the wrong class`);
    else if (ref.scopes.length > 0 && !ref.scopes.some((s) => granted.includes(s)))
      problems.push(`${key} (called at ${where}) needs one of ${ref.scopes.join(", ")}, which appsscript.json lacks; see ${ref.url}`);
    ref?.scopes.forEach((s) => needed.add(s));
  }
  for (const scope of granted) if (!needed.has(scope)) problems.push(`appsscript.json asks for ${scope}, which no called method needs`);
  return problems;
}

function makeProgram(): ts.Program {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config as object;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.createProgram({ rootNames: parsed.fileNames.filter((f) => path.resolve(f).startsWith(SRC)), options: parsed.options });
}

const program = makeProgram();
const checker = program.getTypeChecker();

type Declaration = ts.InterfaceDeclaration | ts.TypeLiteralNode;
const isNarrowed = (node: ts.Node) => NARROWED.includes(path.resolve(node.getSourceFile().fileName));
const narrowedDeclaration = (type: ts.Type) =>
  type.symbol?.declarations?.find((d): d is Declaration => (ts.isInterfaceDeclaration(d) || ts.isTypeLiteralNode(d)) && isNarrowed(d));

/** "Spreadsheet.Range" for a member or interface declared in @types/google-apps-script, else undefined. */
function realClass(declaration: ts.Node | undefined): string | undefined {
  if (!declaration || !ts.isInterfaceDeclaration(declaration)) return undefined;
  if (!declaration.getSourceFile().fileName.includes(GAS_TYPES)) return undefined;
  return checker.getFullyQualifiedName(checker.getSymbolAtLocation(declaration.name)!).replace(/^GoogleAppsScript\./, "");
}

/**
 * Which real class each narrowed interface (or inline type literal) stands for, read off the compiler's own proof: the
 * places in the two files where a real type is assigned to a narrowed one (spreadsheetFits, appFits, platform()), then
 * member by member (a narrowed method's return and parameter types against the real overload that fits it).
 */
function realClasses(): Map<Declaration, Set<string>> {
  const result = new Map<Declaration, Set<string>>();
  const seen = new Map<ts.Type, Set<ts.Type>>();
  const pair = (narrow: ts.Type, real: ts.Type): void => {
    narrow = checker.getNonNullableType(narrow);
    real = checker.getNonNullableType(real);
    if (real.flags & ts.TypeFlags.Any) return;
    if (narrow.isUnion() || narrow.isIntersection()) return narrow.types.forEach((t) => pair(t, real));
    if (checker.isArrayType(narrow) && checker.isArrayType(real))
      return pair(checker.getTypeArguments(narrow as ts.TypeReference)[0]!, checker.getTypeArguments(real as ts.TypeReference)[0]!);
    if (seen.get(narrow)?.has(real)) return;
    seen.set(narrow, (seen.get(narrow) ?? new Set()).add(real));
    const declaration = narrowedDeclaration(narrow);
    const cls = realClass(real.symbol?.declarations?.[0]);
    if (declaration && cls) result.set(declaration, (result.get(declaration) ?? new Set()).add(cls));
    for (const member of checker.getPropertiesOfType(narrow)) {
      const realMember = checker.getPropertyOfType(real, member.name);
      if (!realMember || !member.declarations?.some(isNarrowed)) continue;
      const [narrowType, realType] = [checker.getTypeOfSymbol(member), checker.getTypeOfSymbol(realMember)];
      if (narrowType.getCallSignatures().length === 0) pair(narrowType, realType);
      for (const ns of narrowType.getCallSignatures())
        for (const rs of realType.getCallSignatures().filter((rs) => fits(ns, rs))) {
          pair(ns.getReturnType(), rs.getReturnType());
          ns.parameters.forEach((p, i) => {
            if (rs.parameters[i]) pair(checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(rs.parameters[i]));
          });
        }
    }
  };
  // The real overload a narrowed signature stands for: no extra required parameters, its return assignable, each parameter
  // related either way (as the compiler checks methods), so getUserTriggers(SpreadsheetApi) pairs with (Spreadsheet) only,
  // not with the (Document) and (Form) overloads.
  const optional = (p: ts.Symbol) => !!p.valueDeclaration && checker.isOptionalParameter(p.valueDeclaration as ts.ParameterDeclaration);
  const fits = (ns: ts.Signature, rs: ts.Signature): boolean =>
    rs.parameters.slice(ns.parameters.length).every(optional) &&
    checker.isTypeAssignableTo(rs.getReturnType(), ns.getReturnType()) &&
    ns.parameters.every((p, i) => {
      if (!rs.parameters[i]) return true;
      const [a, b] = [checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(rs.parameters[i])];
      return checker.isTypeAssignableTo(a, b) || checker.isTypeAssignableTo(b, a);
    });
  // The roots: every function in the two files whose declared return type is narrowed, against what it returns.
  const visit = (node: ts.Node, fn?: ts.SignatureDeclaration): void => {
    if (ts.isFunctionLike(node)) fn = node;
    const body = ts.isArrowFunction(node) && !ts.isBlock(node.body) ? node.body : undefined;
    const returned = ts.isReturnStatement(node) ? node.expression : body;
    if (returned && fn?.type) pair(checker.getTypeFromTypeNode(fn.type), checker.getTypeAtLocation(returned));
    ts.forEachChild(node, (child) => visit(child, fn));
  };
  NARROWED.forEach((file) => visit(program.getSourceFile(file)!));
  return result;
}

/** Interfaces and inline type literals in the two files that declare methods. */
function narrowedWithMethods(): Declaration[] {
  const result: Declaration[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node)) && node.members.some(ts.isMethodSignature)) result.push(node);
    ts.forEachChild(node, visit);
  };
  NARROWED.forEach((file) => visit(program.getSourceFile(file)!));
  return result;
}

/** A narrowed type's name for messages: "UiApi", or for an inline type literal where it sits, "Platform.LockService". */
function label(declaration: Declaration): string {
  const names: string[] = [];
  for (let n: ts.Node = declaration; !ts.isSourceFile(n); n = n.parent)
    if (ts.isInterfaceDeclaration(n) || ts.isPropertySignature(n) || ts.isMethodSignature(n)) names.unshift(n.name.getText());
  return names.join(".");
}

/** Every method of Apps Script the source names (called or passed along), on a narrowed interface or a real type. */
function uses(): Use[] {
  const found = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      for (const member of checker.getSymbolAtLocation(node.name)?.declarations?.filter(ts.isMethodSignature) ?? []) {
        const owner = member.parent as Declaration;
        const real = isNarrowed(member) ? (classes.get(owner) ?? [`(${label(owner)}, unmapped)`]) : [realClass(owner)].filter(Boolean);
        const file = node.getSourceFile();
        const where = `${path.relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.name.getStart()).line + 1}`;
        for (const cls of real) if (!found.has(`${cls}.${node.name.text}`)) found.set(`${cls}.${node.name.text}`, where);
      }
    }
    ts.forEachChild(node, visit);
  };
  program.getSourceFiles().filter((f) => path.resolve(f.fileName).startsWith(SRC)).forEach(visit);
  return [...found].map(([key, where]) => ({ key, where })).sort((a, b) => a.key.localeCompare(b.key));
}

const classes = realClasses();
const granted = (JSON.parse(readFileSync(path.join(ROOT, "appsscript.json"), "utf8")) as { oauthScopes: string[] }).oauthScopes;

test("every narrowed interface with methods stands for a real Apps Script class", () => {
  expect(narrowedWithMethods().filter((d) => !classes.has(d)).map(label)).toEqual([]);
  // Anchors, to show the mapping is read right.
  const named = new Map(narrowedWithMethods().map((d) => [label(d), [...(classes.get(d) ?? [])].sort()]));
  expect(named.get("RangeApi")).toEqual(["Spreadsheet.Range"]);
  expect(named.get("Platform.Session")).toEqual(["Base.Session"]);
  // asBarChart() and asLineChart() both return it, and the real builders' shared methods return EmbeddedChartBuilder.
  const builders = ["EmbeddedBarChartBuilder", "EmbeddedChartBuilder", "EmbeddedLineChartBuilder"].map((c) => `Spreadsheet.${c}`);
  expect(named.get("BarChartBuilderApi")).toEqual(builders);
});

test("appsscript.json grants a scope for every Apps Script method the source calls, and no more", () => {
  const found = uses();
  expect(found.map((u) => u.key)).toContain("Spreadsheet.Range.setValues");
  expect(scopeProblems(found, granted)).toEqual([]);
});

test("appsscript.json asks for neither all spreadsheets nor any of Drive", () => {
  expect(granted.filter((s) => s === "https://www.googleapis.com/auth/spreadsheets" || /\/auth\/drive/.test(s))).toEqual([]);
});

test("the checker fails a call whose scope is missing, a method the reference lacks, and a scope nothing needs", () => {
  const problems = scopeProblems(
    [
      { key: "Base.Session.getEffectiveUser", where: "src/addon/run.ts:30" },
      { key: "Spreadsheet.Range.setValuez", where: "src/x.ts:1" },
    ],
    ["https://www.googleapis.com/auth/spreadsheets.currentonly"],
  );
  expect(problems).toEqual([
    "Base.Session.getEffectiveUser (called at src/addon/run.ts:30) needs one of https://www.googleapis.com/auth/userinfo.email, " +
      "which appsscript.json lacks; see https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()",
    "Spreadsheet.Range.setValuez (called at src/x.ts:1) is not in Google's reference: a typo, or a narrowed interface mapped to the wrong class",
    "appsscript.json asks for https://www.googleapis.com/auth/spreadsheets.currentonly, which no called method needs",
  ]);
});
