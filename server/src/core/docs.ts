// Where each rule's documentation lives, for links in diagnostics, SARIF and the README.
export const DOCS_BASE = 'https://github.com/commentary-lint/commentary-lint/blob/main/docs/rules/';

/** The published doc page of a rule. */
export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
