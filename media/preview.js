// @ts-check
// The take preview webview: renders one take as its published page and scrolls with the editor.
(function () {
  /** @typedef {import('../server/src/shared/protocol').TakeInfo} TakeInfo */
  /** @typedef {import('../server/src/core/types').PartKind} PartKind */
  /**
   * What this webview posts to the extension (client/src/take-preview.ts checks each message's shape).
   * @typedef {{ type: 'ready' } | { type: 'rendered', parts: number }} Outgoing
   */
  /** @typedef {'h1' | 'blockquote' | 'p'} PartTag */

  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root') || missingElement('#root');

  /**
   * Stops the script when the page lacks an element it needs (the extension's HTML always has it).
   * @param {string} what
   * @returns {never}
   */
  function missingElement(what) {
    throw new Error(`the take preview page has no ${what} element`);
  }

  /**
   * Sends a message to the extension.
   * @param {Outgoing} message
   */
  function post(message) {
    vscode.postMessage(message);
  }

  /**
   * Creates an element with a class and text (never markup).
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {string} className
   * @param {string} [text]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** @type {Record<PartKind, [PartTag, string]>} */
  const TAGS = {
    headline: ['h1', 'headline'],
    pullQuote: ['blockquote', 'pull-quote'],
    editorsNote: ['p', 'editors-note'],
    body: ['p', 'body'],
    byline: ['p', 'byline'],
    imageCredit: ['p', 'image-credit'],
  };

  /** @type {[PartTag, string]} */
  const OTHER = ['p', 'body'];

  /**
   * Draws the take's parts in document order, each tagged with its editor line.
   * @param {TakeInfo} info
   */
  function render(info) {
    root.textContent = '';
    const article = el('article', 'take');
    for (const part of info.parts) {
      const [tag, cls] = TAGS[part.kind] || OTHER;
      const e = el(tag, cls, part.text);
      e.dataset.line = String(part.line);
      article.append(e);
    }
    const meta = el(
      'footer',
      'meta',
      `${info.wordCount} words (${info.words.min}–${info.words.max}) · ${info.counts.error} errors, ${info.counts.warning} warnings`,
    );
    article.append(meta);
    root.append(article);
    post({ type: 'rendered', parts: info.parts.length });
  }

  /**
   * Scrolls to the last part that starts at or above an editor line.
   * @param {number} line
   */
  function scrollTo(line) {
    /** @type {HTMLElement | null} */
    let target = null;
    for (const e of root.querySelectorAll('[data-line]')) if (e instanceof HTMLElement && Number(e.dataset.line) <= line) target = e;
    if (target) target.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m && m.type === 'take' && m.data && Array.isArray(m.data.parts)) render(m.data);
    if (m && m.type === 'scroll' && typeof m.line === 'number') scrollTo(m.line);
  });
  post({ type: 'ready' });
})();
