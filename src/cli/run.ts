// This file starts the CLI: arguments in, Vietnamese lines out, progress on a terminal, and the exit code.
import { main } from "./main";

const progress = process.stderr.isTTY
  ? (done: number, total: number, what: string) => {
      process.stderr.write(`\r  ${what} ${done}/${total}${done === total ? "\n" : ""}`);
    }
  : () => undefined;

main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi ngoài dự kiến (xin báo cho nhóm phát triển): ${String(error)}\n`);
    process.exitCode = 70;
  },
);
