// Take text, names, messages and paths made safe to place in HTML text and in quoted attribute values.
import { visible } from './visible';

/** The five characters that can end a text run or a quoted attribute, and their character references. */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The text as HTML that shows exactly these characters, safe both between tags and inside a quoted attribute:
 * markup characters become references, and controls and bidi overrides become visible escapes (`\u202e`)
 * so that a take cannot reorder what the page shows.
 */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"']/g, (ch) => REFERENCES[ch]);
}
