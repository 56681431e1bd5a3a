// Tests what `npm run push` would send: clasp's own file list (computed locally) is the three built files, nothing else.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { ROOT, builtFile } from "./build";

test("clasp pushes exactly Code.js, sidebar.html and appsscript.json from dist/", () => {
  builtFile("Code.js");
  const output = execFileSync(path.join(ROOT, "node_modules/.bin/clasp"), ["show-file-status", "--json"], { cwd: ROOT, encoding: "utf8" });
  const status = JSON.parse(output.slice(output.indexOf("{"))) as { filesToPush: string[] };
  expect([...status.filesToPush].sort()).toEqual(["dist/Code.js", "dist/appsscript.json", "dist/sidebar.html"]);
});
