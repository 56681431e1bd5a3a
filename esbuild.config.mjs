// This file builds the bundles: the CLI (Node) now, the Apps Script file and the sidebar later.
import { build } from "esbuild";

const cliOnly = process.argv.includes("--cli-only");

const node = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning" };
await build({ ...node, entryPoints: ["src/cli/run.ts"], outfile: "dist/cli/so-thi-dua.js" });
await build({ ...node, entryPoints: ["bench/bench.ts"], outfile: "dist/cli/bench.js" });
if (!cliOnly) {
  // The Apps Script bundle and the sidebar join here (see the Google Sheets issue).
}
