// This file generates the top-level functions Apps Script needs: one per export of the add-on entry, same parameters and JSDoc.
import ts from "typescript";

/** Every exported function of `entry`, followed through re-exports: name, parameter names, JSDoc text. */
export function entryFunctions(entry) {
  const program = ts.createProgram([entry], { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, types: ["google-apps-script"], skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = checker.getSymbolAtLocation(source);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!declaration) throw new Error(`${exported.name}: the add-on entry may export only function declarations`);
    const text = declaration.getSourceFile().getFullText();
    const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
    const jsdoc = comments.map((range) => text.slice(range.pos, range.end)).filter((comment) => comment.startsWith("/**")).pop() ?? "";
    return { name: exported.name, params: declaration.parameters.map((parameter) => parameter.name.getText()), jsdoc };
  });
}

/** The wrapper source: `function NAME(a, b) { return app.NAME(a, b); }` with the original JSDoc above it. */
export function wrappers(functions, global = "app") {
  return functions
    .map(({ name, params, jsdoc }) => {
      const list = params.join(", ");
      return `${jsdoc ? `${jsdoc}\n` : ""}function ${name}(${list}) {\n  return ${global}.${name}(${list});\n}\n`;
    })
    .join("\n");
}
