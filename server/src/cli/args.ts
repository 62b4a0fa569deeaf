/**
 * The one option parser of every command, on `node:util` `parseArgs` (its
 * tokens, not its errors): `--name value`, `--name=value`, short flags `-h`
 * (grouped `-hv`, with a value `-o out` / `-oout`), `--` to end options,
 * repeatable options, a lone `-` and everything else positional. Every
 * mistake is one of our localised one-line UsageErrors (unknown option with
 * "did you mean", missing value, value on a flag, repeated option), never
 * Node's English text.
 * Must not depend on the LSP connection or vscode.
 */
import { parseArgs as parseTokens } from 'node:util';
import { closest } from '../core/language/suggest';
import { UsageError } from './errors';
import type { CliMessages } from './messages';

export interface OptionSpec {
  readonly kind: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once (values collected in order). */
  readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  /** Values of string options, by long name (without dashes). */
  readonly strings: ReadonlyMap<string, readonly string[]>;
  /** Boolean options that were given. */
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

type NodeOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** The specs as `parseArgs` takes them (every option `multiple`, so a repetition reaches us as a token we can report). */
function nodeOptions(specs: OptionSpecs): NodeOptions {
  const options: NodeOptions = {};
  for (const [name, spec] of Object.entries(specs)) options[name] = { type: spec.kind, multiple: true, ...(spec.short ? { short: spec.short } : {}) };
  return options;
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs, text: CliMessages, command: string | undefined): ParsedArgs {
  const strings = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const fail = (message: string): never => {
    throw new UsageError(message, command);
  };
  // strict: false: unknown options and missing values come back as tokens, and we word the error.
  const { tokens } = parseTokens({ args: [...argv], options: nodeOptions(specs), strict: false, allowPositionals: true, tokens: true });

  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const spec = Object.prototype.hasOwnProperty.call(specs, token.name) ? specs[token.name] : undefined;
    if (spec === undefined) {
      // A short group (-xyz) is shown as typed; a long option without its =value.
      const shown = token.rawName.startsWith('--') ? token.rawName : argv[token.index]!.split('=', 1)[0]!;
      const suggestion = closest(shown.replace(/^-+/, ''), Object.keys(specs));
      return fail(text.unknownOption(shown, suggestion ? `--${suggestion}` : undefined));
    }
    const display = `--${token.name}`;
    if (spec.kind === 'boolean') {
      if (token.value !== undefined) fail(text.unexpectedValue(display));
      flags.add(token.name);
      continue;
    }
    // `--format --locale nb`: the next option is not a value (write `--format=-x` for one that starts with a dash).
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) return fail(text.missingValue(display));
    const values = strings.get(token.name) ?? [];
    if (values.length > 0 && !spec.multiple) fail(text.repeatedOption(display));
    values.push(value);
    strings.set(token.name, values);
  }
  return { strings, flags, positionals };
}

/** The single value of a string option, if given. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  return args.strings.get(name)?.[0];
}
