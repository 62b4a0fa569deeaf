/**
 * Text from files and arguments (ids, reference values, file names, option
 * values) must never steer the terminal it is printed on. `escapeControls`
 * shows every character that could as a visible JSON-style escape:
 * - C0 controls U+0000–U+001F and DEL U+007F: ESC starts terminal sequences
 *   (title, cursor moves, erasing), BEL rings, CR and LF can forge a line.
 *   `\b \t \n \f \r` as in JSON, the others `\u001b`;
 * - C1 controls U+0080–U+009F: U+009B is CSI and U+009D is OSC on terminals
 *   that honour 8-bit controls;
 * - the invisible characters that reorder text (Trojan Source): bidi
 *   embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks
 *   U+200E, U+200F, U+061C; and U+2028, U+2029, which some viewers treat as
 *   line breaks.
 * Everything else, backslashes included, is left as it is, so ordinary text
 * and Windows paths read unchanged.
 * Shared by the command line and the language server's stderr (one escape for terminal output).
 * Must not depend on the LSP connection or vscode.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, without LF (the line breaks of pretty-printed JSON)
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

function escapeOne(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every character that could steer a terminal shown as an escape (see above). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** One line for the terminal: `text` escaped (a line break in it included), then a newline. */
export function terminalLine(text: string): string {
  return `${escapeControls(text)}\n`;
}

/**
 * JSON text (JSON.stringify's output) with the characters JSON.stringify
 * leaves raw (DEL, C1, the bidi characters) escaped as `\uXXXX`. These only
 * occur inside JSON strings, so the value parses exactly as before.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_BUT_NEWLINE, escapeOne);
}
