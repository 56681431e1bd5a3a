// This file reads a command's arguments with Node's util.parseArgs in strict mode, and names in Vietnamese what it refuses.
import { parseArgs } from "node:util";
import { CLI } from "../domain/messages";
import { UsageError } from "./io";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** How the help writes the option, and what it does. */
  readonly words: readonly [string, string];
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

type Token = { kind: string; name?: string; rawName?: string; value?: string; inlineValue?: boolean };

/** Reads `args` against `options`; any unknown, valueless or repeated option is a UsageError naming it. */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpecs): ParsedArgs {
  const config = parseConfig(options);
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: config, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    if (!isParseError(error)) throw error;
    throw new UsageError(refusal(command, args, options));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens as Token[]) {
    if (token.kind !== "option" || token.name === undefined) continue;
    if (seen.has(token.name)) throw new UsageError(CLI.repeatedOption(`--${token.name}`));
    seen.add(token.name);
  }
  return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals };
}

function parseConfig(options: OptionSpecs) {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [name, spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short }]),
  );
}

function isParseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

/**
 * Why strict parsing refused: a lenient pass over the same arguments yields tokens, so the message names the option
 * without reading Node's English error text.
 */
function refusal(command: string, args: readonly string[], options: OptionSpecs): string {
  const { tokens } = parseArgs({ args: [...args], options: parseConfig(options), strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens as Token[]) {
    if (token.kind !== "option" || token.name === undefined) continue;
    const raw = token.rawName ?? `--${token.name}`;
    const spec = options[token.name];
    if (spec === undefined) return CLI.unknownOption(raw, command);
    const dashValue = token.value !== undefined && !token.inlineValue && token.value.startsWith("-");
    if (spec.type === "string" && (token.value === undefined || dashValue)) return CLI.missingValue(raw, spec.words[0]);
    if (spec.type === "boolean" && token.value !== undefined) return CLI.takesNoValue(raw);
  }
  return CLI.unknownOption(args.find((arg) => arg.startsWith("-")) ?? "", command);
}
