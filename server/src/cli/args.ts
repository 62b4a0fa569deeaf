/**
 * A small option parser (no dependencies) with localised errors:
 * `--name value`, `--name=value`, short flags `-h`, `--` to end options,
 * repeatable options, everything else positional.
 * Must not depend on the LSP connection or vscode.
 */
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

export function parseArgs(argv: readonly string[], specs: OptionSpecs, text: CliMessages, command: string | undefined): ParsedArgs {
  const strings = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.short) byShort.set(spec.short, name);
  const fail = (message: string): never => {
    throw new UsageError(message, command);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // A lone "-" and anything not starting with "-" are positionals.
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = arg.slice(2, eq < 0 ? undefined : eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
    } else {
      name = arg.length === 2 ? byShort.get(arg.slice(1)) : undefined;
    }
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || spec === undefined) {
      const shown = arg.split('=', 1)[0]!;
      const suggestion = closest(shown.replace(/^-+/, ''), Object.keys(specs));
      return fail(text.unknownOption(shown, suggestion ? `--${suggestion}` : undefined));
    }
    const display = `--${name}`;
    if (spec.kind === 'boolean') {
      if (inline !== undefined) fail(text.unexpectedValue(display));
      flags.add(name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return fail(text.missingValue(display));
      value = next;
      i++;
    }
    const values = strings.get(name) ?? [];
    if (values.length > 0 && !spec.multiple) fail(text.repeatedOption(display));
    values.push(value);
    strings.set(name, values);
  }
  return { strings, flags, positionals };
}

/** The single value of a string option, if given. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  return args.strings.get(name)?.[0];
}
