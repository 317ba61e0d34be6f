// The take preview webview: renders one take as its published page and scrolls with the editor.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');

  /** Creates an element with a class and text (never markup). */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const TAGS = { headline: ['h1', 'headline'], pullQuote: ['blockquote', 'pull-quote'], editorsNote: ['p', 'editors-note'], body: ['p', 'body'], byline: ['p', 'byline'], imageCredit: ['p', 'image-credit'] };

  /** Draws the take's parts in document order, each tagged with its editor line. */
  function render(info) {
    root.textContent = '';
    const article = el('article', 'take');
    for (const part of info.parts) {
      const [tag, cls] = TAGS[part.kind] || ['p', 'body'];
      const e = el(tag, cls, part.text);
      e.dataset.line = String(part.line);
      article.append(e);
    }
    const meta = el('footer', 'meta', `${info.wordCount} words (${info.words.min}–${info.words.max}) · ${info.counts.error} errors, ${info.counts.warning} warnings`);
    article.append(meta);
    root.append(article);
    vscode.postMessage({ type: 'rendered', parts: info.parts.length });
  }

  /** Scrolls to the last part that starts at or above an editor line. */
  function scrollTo(line) {
    let target = null;
    for (const e of root.querySelectorAll('[data-line]')) if (Number(e.dataset.line) <= line) target = e;
    if (target) target.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m && m.type === 'take' && m.data && Array.isArray(m.data.parts)) render(m.data);
    if (m && m.type === 'scroll' && typeof m.line === 'number') scrollTo(m.line);
  });
  vscode.postMessage({ type: 'ready' });
})();
