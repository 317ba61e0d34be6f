// Keeps terminal control out of reports: file names and take text can carry ESC, BEL or bidi overrides.

/** C0 and C1 controls, DEL, and the invisible bidi controls (marks, embeddings, overrides, isolates). */
// eslint-disable-next-line no-control-regex -- matching controls is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with every control shown as a visible escape (`\x1b`, `\u202e`); tabs stay, and line breaks
 * stay too when `keepLines` (a diff's own layout).
 */
export function visible(text: string, keepLines = false): string {
  return text.replace(CONTROL, (ch) => {
    if (ch === '\t' || (keepLines && (ch === '\n' || ch === '\r'))) return ch;
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
