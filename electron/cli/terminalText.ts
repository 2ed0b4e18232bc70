// Text from notes, handouts and files reaches a terminal, which would obey the escape sequences
// in it (colours, cursor moves, a title rewriting the window's name, text reordered by bidi
// controls). The CLI prints such characters visibly instead: ESC as \x1b, U+202E as \u202e.
// Only the text output; --json is JSON, whose readers are programs.

/** C0 controls but tab and newline, DEL, C1 controls, and the bidi controls that reorder text. */
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Also tab and newline: for text that must stay on its one line (titles, names, ids). */
const LINE_CONTROLS = /[\t\n]/g;

function escape(char: string): string {
  const code = char.charCodeAt(0);
  const hex = code.toString(16).padStart(code < 0x100 ? 2 : 4, '0');
  return code < 0x100 ? `\\x${hex}` : `\\u${hex}`;
}

/** Multi-line text (a note's body, a whole output line) with its control characters shown. */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** One line: control characters shown, tab and newline too. */
export function oneLine(text: string): string {
  return visibleControls(text).replace(LINE_CONTROLS, escape);
}
