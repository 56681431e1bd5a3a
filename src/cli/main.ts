// This file is the `so-thi-dua` command: it reads the command line, then runs one command of the table on a local .xlsx file.
import { version } from "../../package.json";
import { CLI } from "../domain/messages";
import { parseCommandArgs } from "./args";
import { type Command, HELP_OPTION, commandNamed } from "./commands";
import { commandUsage, generalUsage } from "./help";
import { EXIT, type Io, UsageError, UserError } from "./io";

export { DEMO_FILE, DEMO_NOW } from "./commands";
export type { Io } from "./io";

/** Reads the command's arguments and runs it; a wrong command line is refused before any file is read. */
async function runCommand(name: string, command: Command, args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(name, args, { ...command.options, help: HELP_OPTION });
  if (values.help === true) {
    io.out(commandUsage(command));
    return EXIT.ok;
  }
  const wanted = command.takesFile ? 1 : 0;
  const extra = positionals[wanted];
  if (extra !== undefined) throw new UsageError(CLI.extraArgument(extra));
  const file = command.takesFile ? positionals[0] : "";
  if (file === undefined) throw new UsageError(CLI.missingFile);
  return await command.run({ file, values }, io);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "-h" || name === "--help" || (name === "help" && args.length === 0)) {
    io.out(generalUsage());
    return EXIT.ok;
  }
  if (name === "--version" && args.length === 0) {
    io.out(CLI.version(version));
    return EXIT.ok;
  }
  if (name === "help" && args.length === 1) {
    const command = commandNamed(args[0] as string);
    if (command) {
      io.out(commandUsage(command));
      return EXIT.ok;
    }
  }
  const command = name === "help" ? undefined : commandNamed(name);
  if (command === undefined) {
    io.err(CLI.unknownCommand(name === "help" ? args.join(" ") : name));
    io.err("");
    io.err(generalUsage());
    return EXIT.usage;
  }
  try {
    return await runCommand(name, command, args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      for (const line of error.details) io.err(line);
      if (error.showUsage) {
        io.err("");
        io.err(commandUsage(command));
      }
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      io.err(error.message);
      return EXIT.problem;
    }
    throw error;
  }
}
