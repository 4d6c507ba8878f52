// Text from the input printed on one line of a terminal or a CI log: a name holding `\n::error …` cannot start a
// line of its own (a workflow command), an ANSI escape cannot repaint the terminal, a bidi override cannot reorder
// what a reviewer reads.
// C0/C1 controls, DEL, Unicode line/paragraph separators and bidi overrides (U+202A–202E, U+2066–2069) as escapes;
// tabs stay.
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from the input, printable on one line: `\n` shows as `\n`, ESC as `\u001b`. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
