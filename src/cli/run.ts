// This file starts the CLI: arguments in, Vietnamese lines out, progress on a terminal, and the exit code.
import { CLI } from "../domain/messages";
import { main } from "./main";

/**
 * A reader that stops early (`| head -1`, a closed pager) makes the next write fail with EPIPE. That is no error of
 * the run: stop writing to that stream and let the command finish (a file being saved is saved) with its own exit code.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (line: string) => void {
  let open = true;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    open = false;
  });
  return (line) => {
    if (open) stream.write(`${line}\n`);
  };
}

const progress = process.stderr.isTTY
  ? (done: number, total: number, what: string) => {
      process.stderr.write(`\r${CLI.progress(done, total, what)}${done === total ? "\n" : ""}`);
    }
  : () => undefined;

main(process.argv.slice(2), { out: quietWhenClosed(process.stdout), err: quietWhenClosed(process.stderr), progress }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${CLI.unexpected(String(error))}\n`);
    process.exitCode = 70;
  },
);
