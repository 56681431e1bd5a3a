// Tests the bundled command in a real child process whose output is read by something that stops early (`| head -1`).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { build } from "esbuild";

const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "sotd-pipe-"));
const bundle = path.join(dir, "so-thi-dua.js");

beforeAll(async () => {
  // The same bundle as esbuild.config.mjs makes for dist/cli/so-thi-dua.js, written here rather than into dist/, which
  // the add-on tests rebuild at the same time.
  await build({ entryPoints: [path.join(ROOT, "src/cli/run.ts")], outfile: bundle, bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "silent" });
}, 60_000);

/** Runs the command with its stdout's reading end closed before it starts, so its first write fails with EPIPE. */
function withClosedOutput(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bundle, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.destroy();
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

function piped(command: string): { status: number | null; stdout: string; stderr: string } {
  const shell = `set -o pipefail; "${process.execPath}" "${bundle}" ${command}`;
  return spawnSync("bash", ["-c", shell], { cwd: dir, encoding: "utf8" });
}

test("a reader that has gone: no trace, exit 0", async () => {
  expect(await withClosedOutput("presets")).toEqual({ code: 0, stderr: "" });
  expect(await withClosedOutput("--help")).toEqual({ code: 0, stderr: "" });
});

test("the demo whose table is cut by `head -1` still saves its file and exits 0", async () => {
  const file = path.join(dir, "mau.xlsx");
  expect(await withClosedOutput("demo", "--out", file)).toEqual({ code: 0, stderr: "" });
  expect(existsSync(file)).toBe(true);
  const cut = piped(`demo --out mau-2.xlsx | head -1`);
  expect(cut).toMatchObject({ status: 0, stderr: "" });
  expect(cut.stdout).toMatch(/^TỔNG HỢP: .*\n$/);
  expect(existsSync(path.join(dir, "mau-2.xlsx"))).toBe(true);
}, 60_000);

test("`presets | head -1` prints the first preset and nothing else", () => {
  expect(piped("presets | head -1")).toEqual(expect.objectContaining({ status: 0, stdout: "chinh-trang-2026\tChỉnh trang khu dân cư 2026 (xã Mai Hoa)\n", stderr: "" }));
});

test("the exit code still says what happened when nobody reads the output", async () => {
  expect((await withClosedOutput("summary", "khong-co.xlsx")).code).toBe(1);
  expect((await withClosedOutput("summary", "--todya", "06/02/2026")).code).toBe(2);
});
