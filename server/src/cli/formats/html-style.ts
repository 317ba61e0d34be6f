// The HTML report's one inline style sheet: system fonts only, light and dark, and a printable layout.

/** The style sheet, placed in the page as it is (its hash goes into the Content-Security-Policy). */
export const HTML_STYLE = `
:root {
  color-scheme: light dark;
  --page: #f4f3ef;
  --card: #ffffff;
  --ink: #1f2328;
  --muted: #5c6169;
  --rule: #d9d6cf;
  --error: #b42318;
  --error-soft: #fdecea;
  --warning: #8a5300;
  --warning-soft: #fff3d6;
  --info: #1d5fa6;
  --info-soft: #e7f0fb;
  --ready: #1a6b3c;
  --ready-soft: #e2f3e8;
  --target: #fff6bf;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page: #16181c;
    --card: #1f2227;
    --ink: #e8e6e1;
    --muted: #a3a8b0;
    --rule: #3a3e45;
    --error: #ff8a80;
    --error-soft: #3d1f1d;
    --warning: #f4c06a;
    --warning-soft: #3a2e17;
    --info: #8ab8f0;
    --info-soft: #1b2a3d;
    --ready: #7fd29e;
    --ready-soft: #173324;
    --target: #4a4420;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 880px; margin: 0 auto; padding: 28px 18px 56px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
.generated { color: var(--muted); margin: 0 0 18px; font-size: 0.9rem; }
.totals { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; margin: 0 0 12px; }
.totals li { background: var(--card); border: 1px solid var(--rule); border-radius: 8px; padding: 8px 16px; min-width: 96px; }
.totals .number { display: block; font-size: 1.55rem; font-weight: 700; line-height: 1.2; }
.totals .label { color: var(--muted); font-size: 0.85rem; }
.total-not-ready .number, .total-errors .number { color: var(--error); }
.total-ready .number { color: var(--ready); }
.total-warnings .number { color: var(--warning); }
.sort { margin: 8px 0 0; color: var(--muted); font-size: 0.9rem; }
.sort[hidden] { display: none; }
.sort select { font: inherit; margin-left: 6px; }
.symposium { margin-top: 30px; }
.symposium > header h2 { font-family: Georgia, "Times New Roman", serif; font-size: 1.45rem; margin: 0; }
.symposium > header p { margin: 2px 0; color: var(--muted); }
.symposium > header .question { color: var(--ink); font-style: italic; }
.takes { list-style: none; padding: 0; margin: 0; }
.take { background: var(--card); border: 1px solid var(--rule); border-left: 6px solid var(--ready); border-radius: 8px; padding: 14px 20px 12px; margin: 16px 0; }
.take.not-ready { border-left-color: var(--error); }
.take:target { outline: 3px solid var(--target); }
.status { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; margin: 0; font-size: 0.85rem; color: var(--muted); }
.badge { font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; border-radius: 999px; padding: 1px 10px; }
.ready .badge { color: var(--ready); background: var(--ready-soft); }
.not-ready .badge { color: var(--error); background: var(--error-soft); }
.headline { font-family: Georgia, "Times New Roman", serif; font-size: 1.2rem; line-height: 1.3; margin: 8px 0 4px; }
.people { margin: 0; }
.contributor { font-weight: 600; }
.affiliation { color: var(--muted); }
.pull-quote { font-family: Georgia, "Times New Roman", serif; font-style: italic; margin: 10px 0; padding-left: 14px; border-left: 3px solid var(--rule); }
.missing { color: var(--muted); font-style: italic; font-family: inherit; }
.facts { margin: 6px 0 0; color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
.facts a { color: inherit; }
.facts .open { margin-left: 0; }
.failure { color: var(--error); overflow-wrap: anywhere; }
.findings { margin-top: 8px; border-top: 1px solid var(--rule); padding-top: 4px; }
.findings summary { cursor: pointer; font-weight: 600; font-size: 0.9rem; padding: 4px 0; }
.findings .error summary { color: var(--error); }
.findings .warning summary { color: var(--warning); }
.findings .info summary { color: var(--info); }
.findings ol { list-style: none; margin: 0 0 6px; padding: 0; }
.findings li { display: grid; grid-template-columns: 5.5em 1fr auto; gap: 4px 12px; padding: 4px 6px; border-radius: 4px; font-size: 0.9rem; }
.findings li:nth-child(odd) { background: var(--page); }
.findings li:target { background: var(--target); }
.loc { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.85rem; color: var(--muted); text-decoration: none; white-space: nowrap; }
.loc:hover { text-decoration: underline; }
.message { overflow-wrap: anywhere; }
.tags { white-space: nowrap; font-size: 0.8rem; color: var(--muted); }
.rule-id { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
.fixable { color: var(--ready); margin-left: 6px; }
.open { margin-left: 6px; color: var(--muted); }
footer { margin-top: 36px; color: var(--muted); font-size: 0.85rem; }
@media print {
  body { background: #fff; }
  .sort, .open { display: none; }
  .take { break-inside: avoid; }
}
`;
