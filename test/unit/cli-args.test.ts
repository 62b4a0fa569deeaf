/**
 * The one option parser of every command (server/src/cli/args.ts, on
 * node:util parseArgs): what it accepts, and that every mistake is our own
 * localised one-line UsageError, never Node's text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, type OptionSpecs } from '../../server/src/cli/args';
import { UsageError } from '../../server/src/cli/errors';
import { cliMessages } from '../../server/src/cli/messages';

const SPECS: OptionSpecs = {
  format: { kind: 'string' },
  output: { kind: 'string', short: 'o' },
  rule: { kind: 'string', multiple: true },
  help: { kind: 'boolean', short: 'h' },
  'no-config': { kind: 'boolean' },
};
const en = cliMessages('en');
const parse = (argv: readonly string[]) => parseArgs(argv, SPECS, en, 'check');

function refused(argv: readonly string[], message: string, locale: 'en' | 'nb' = 'en'): void {
  assert.throws(
    () => parseArgs(argv, SPECS, cliMessages(locale), 'check'),
    (error: unknown) => error instanceof UsageError && error.command === 'check' && error.message === message,
    argv.join(' '),
  );
}

describe('the option parser', () => {
  it('reads long, inline, short, grouped and repeated options and positionals', () => {
    const args = parse(['a.yaml', '--format', 'json', '--rule=x=off', '--rule', 'y=hint', '-ho', 'out.html', '-', '--no-config', '--', '--not-an-option']);
    assert.deepEqual(args.strings.get('format'), ['json']);
    assert.deepEqual(args.strings.get('rule'), ['x=off', 'y=hint']);
    assert.deepEqual(args.strings.get('output'), ['out.html']);
    assert.deepEqual([...args.flags].sort(), ['help', 'no-config']);
    assert.deepEqual(args.positionals, ['a.yaml', '-', '--not-an-option']);
    assert.deepEqual(parse(['-oout.svg']).strings.get('output'), ['out.svg']);
    assert.deepEqual(parse(['-o', '-']).strings.get('output'), ['-'], 'a lone dash is a value');
    assert.deepEqual(parse(['--format=-x']).strings.get('format'), ['-x'], 'an inline value may start with a dash');
    assert.deepEqual(parse(['--format=']).strings.get('format'), ['']);
  });

  it('words every mistake itself, with a suggestion for a near miss', () => {
    refused(['--formt', 'json'], "unknown option '--formt'. Did you mean '--format'?");
    refused(['--formt=json'], "unknown option '--formt'. Did you mean '--format'?");
    refused(['--zzzzzzzz'], "unknown option '--zzzzzzzz'.");
    refused(['-x'], "unknown option '-x'.");
    refused(['-hx'], "unknown option '-hx'.");
    refused(['--format'], "option '--format' needs a value.");
    refused(['--format', '--help'], "option '--format' needs a value.");
    refused(['-o'], "option '--output' needs a value.");
    refused(['--help=yes'], "option '--help' takes no value.");
    refused(['--format', 'a', '--format=b'], "option '--format' is given more than once.");
    refused(['--formt'], "ukjent valg '--formt'. Mente du '--format'?", 'nb');
    refused(['--toString'], "unknown option '--toString'.");
  });
});
