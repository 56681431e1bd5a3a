// This file writes the help: the general usage (steps in order, then every command) and each command's own.
import { CLI } from "../domain/messages";
import type { OptionSpec } from "./args";
import { COMMANDS, type Command, HELP_OPTION } from "./commands";

/** The general usage: what the tool is for, the steps in order, every command, and how to ask for more. */
export function generalUsage(): string {
  const commands = Object.values(COMMANDS).flatMap((command) => [`  ${command.words.usage}`, `      ${command.words.about}`]);
  return [CLI.intro, "", ...CLI.steps, "", CLI.commandsTitle, ...commands, "", ...CLI.footer].join("\n");
}

/** One command's usage line, what it does, and its options with -h/--help last. */
export function commandUsage(command: Command): string {
  const options: OptionSpec[] = [...Object.values(command.options), HELP_OPTION];
  const width = Math.max(...options.map((option) => Array.from(option.words[0]).length));
  const lines = options.map(({ words: [written, about] }) => `  ${written}${" ".repeat(width - Array.from(written).length)}   ${about}`);
  return [CLI.usage(command.words.usage), command.words.about, "", CLI.optionsTitle, ...lines].join("\n");
}
