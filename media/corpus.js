// @ts-check
// The corpus preview webview: draws the symposium's landing page from the data the extension posts.
// Take text is only ever set with textContent, so it can never become markup.
(function () {
  /** @typedef {import('../server/src/shared/protocol').CorpusResult} CorpusResult */
  /** @typedef {import('../server/src/shared/protocol').CorpusSymposium} CorpusSymposium */
  /** @typedef {import('../server/src/shared/protocol').CorpusTake} CorpusTake */
  /** @typedef {import('../server/src/core/types').PartKind} PartKind */
  /**
   * What the view remembers while hidden (vscode.setState). `sort` is a select value: "status", "contributor" or "words".
   * @typedef {{ sort: string, filter: string, onlyNotReady: boolean }} ViewState
   */
  /**
   * What this webview posts to the extension (client/src/corpus-panel.ts checks each message's shape).
   * @typedef {{ type: 'ready' } | { type: 'open', uri: string | undefined, line?: number | undefined } | { type: 'rendered', cards: number }} Outgoing
   */
  /** @typedef {(a: CorpusTake, b: CorpusTake) => number} Comparator */

  const vscode = /** @type {import('vscode-webview').WebviewApi<Partial<ViewState>>} */ (acquireVsCodeApi());
  const root = document.getElementById('root') || missingElement('#root');
  /** @type {ViewState} */
  const state = Object.assign({ sort: 'status', filter: '', onlyNotReady: false }, vscode.getState() || {});
  /** @type {CorpusResult | null} */
  let corpus = null;

  /**
   * Stops the script when the page lacks an element it needs (the extension's HTML always has them).
   * @param {string} what
   * @returns {never}
   */
  function missingElement(what) {
    throw new Error(`the corpus preview page has no ${what} element`);
  }

  /**
   * Sends a message to the extension.
   * @param {Outgoing} message
   */
  function post(message) {
    vscode.postMessage(message);
  }

  /**
   * Creates an element with a class and optional text.
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {string} [className]
   * @param {string | number | null} [text]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /**
   * True when a take has no errors and every part.
   * @param {CorpusTake} t
   */
  function isReady(t) {
    return t.counts.error === 0 && t.parts.length >= 6;
  }

  /**
   * Orders takes by the chosen key.
   * @param {CorpusTake[]} takes
   */
  function sorted(takes) {
    /** @type {Record<string, Comparator | undefined>} */
    const comparators = {
      status: (a, b) =>
        Number(isReady(a)) - Number(isReady(b)) || b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || name(a).localeCompare(name(b)),
      contributor: (a, b) => name(a).localeCompare(name(b)),
      words: (a, b) => b.wordCount - a.wordCount,
    };
    const by = comparators[state.sort] || (() => 0);
    return takes.slice().sort(by);
  }

  /**
   * The name a take is listed under.
   * @param {CorpusTake} t
   */
  function name(t) {
    return t.contributor || t.file;
  }

  /**
   * True when a take matches the filter box and the not-ready switch.
   * @param {CorpusTake} t
   */
  function visible(t) {
    if (state.onlyNotReady && isReady(t)) return false;
    const q = state.filter.trim().toLowerCase();
    if (!q) return true;
    const people = (t.people ?? []).flatMap((p) => [p.name, p.affiliation]);
    return [t.contributor, t.affiliation, t.headline, t.pullQuote, t.file, ...people].some((s) => s && s.toLowerCase().includes(q));
  }

  /** The toolbar: sort, filter, not-ready switch. */
  function toolbar() {
    const bar = el('div', 'toolbar');
    const sort = el('select', 'sort');
    sort.setAttribute('aria-label', 'Sort takes');
    for (const [value, label] of [
      ['status', 'Not ready first'],
      ['contributor', 'By contributor'],
      ['words', 'By words'],
    ]) {
      const o = el('option', '', label);
      o.value = value;
      o.selected = state.sort === value;
      sort.appendChild(o);
    }
    const filter = el('input', 'filter');
    filter.type = 'search';
    filter.placeholder = 'Filter by name, affiliation, headline…';
    filter.value = state.filter;
    filter.setAttribute('aria-label', 'Filter takes');
    const only = el('label', 'only');
    const box = el('input');
    box.type = 'checkbox';
    box.className = 'only-not-ready';
    box.checked = state.onlyNotReady;
    only.append(box, document.createTextNode(' Not ready only'));
    bar.append(sort, filter, only);
    return bar;
  }

  /**
   * A bar chart of word counts across the collection, with the symposium's limits.
   * @param {CorpusSymposium} sym
   */
  function chart(sym) {
    const takes = sym.takes;
    const max = Math.max(sym.words.max * 1.15, ...takes.map((t) => t.wordCount), 1);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const width = Math.max(takes.length * 14, 140);
    svg.setAttribute('viewBox', `0 0 ${width} 60`);
    svg.setAttribute('class', 'chart');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Word counts of ${takes.length} takes; limits ${sym.words.min} to ${sym.words.max}`);
    takes.forEach((t, k) => {
      const h = (t.wordCount / max) * 56;
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('x', String(k * 14 + 2));
      r.setAttribute('y', String(58 - h));
      r.setAttribute('width', '10');
      r.setAttribute('height', String(Math.max(h, 1)));
      r.setAttribute('class', t.wordCount < sym.words.min || t.wordCount > sym.words.max ? 'bar out' : 'bar');
      const title = document.createElementNS(ns, 'title');
      title.textContent = `${name(t)}: ${t.wordCount} words`;
      r.appendChild(title);
      svg.appendChild(r);
    });
    for (const limit of [sym.words.min, sym.words.max]) {
      const y = 58 - (limit / max) * 56;
      const line = document.createElementNS(ns, 'line');
      line.setAttribute('x1', '0');
      line.setAttribute('x2', String(width));
      line.setAttribute('y1', String(y));
      line.setAttribute('y2', String(y));
      line.setAttribute('class', 'limit');
      svg.appendChild(line);
    }
    return svg;
  }

  /**
   * The affiliation lines of a card: `role, affiliation` for one contributor; `Name: role, affiliation` for each co-author.
   * @param {CorpusTake} t
   * @returns {string[]}
   */
  function affiliations(t) {
    const people = (t.people ?? []).filter((p) => p.affiliation || p.role);
    const line = (/** @type {{ role?: string, affiliation?: string }} */ p) => [p.role, p.affiliation].filter(Boolean).join(', ');
    if (people.length > 1) return people.map((p) => `${p.name}: ${line(p)}`);
    return t.affiliation ? [t.role ? `${t.role}, ${t.affiliation}` : t.affiliation] : [];
  }

  /**
   * One card: contributor(s), affiliation(s), headline, pull-quote, words and a ready badge.
   * @param {CorpusTake} t
   * @param {CorpusSymposium} sym
   */
  function card(t, sym) {
    const c = el('article', isReady(t) ? 'card ready' : 'card not-ready');
    c.tabIndex = 0;
    c.dataset.uri = t.uri;
    c.setAttribute('role', 'button');
    c.setAttribute('aria-label', `Open the take by ${name(t)}`);
    const head = el('header', 'card-head');
    head.append(el('span', 'contributor', name(t)));
    const badge = el('button', isReady(t) ? 'badge ok' : 'badge bad', isReady(t) ? readyText(t) : badgeText(t));
    badge.dataset.uri = t.uri;
    if (t.firstProblem) badge.dataset.line = String(t.firstProblem.line);
    badge.title = isReady(t) ? 'No errors' : 'Open the take at its first problem';
    head.append(badge);
    c.append(head);
    for (const line of affiliations(t)) c.append(el('div', 'affiliation', line));
    c.append(el('h3', 'headline', t.headline || '(no headline)'));
    if (t.pullQuote) c.append(el('blockquote', 'pull-quote', t.pullQuote));
    const words = el(
      'div',
      t.wordCount < sym.words.min || t.wordCount > sym.words.max ? 'words out' : 'words',
      `${t.wordCount} words · ${t.paragraphs} paragraphs · ${t.file}`,
    );
    c.append(words);
    /** @type {PartKind[]} */
    const all = ['headline', 'pullQuote', 'editorsNote', 'body', 'byline', 'imageCredit'];
    const missing = all.filter((p) => !t.parts.includes(p));
    if (missing.length) c.append(el('div', 'missing', `Missing: ${missing.join(', ')}`));
    return c;
  }

  /**
   * "Ready", or "Ready · 2 warnings" when a ready take still has warnings or infos worth a look.
   * @param {CorpusTake} t
   */
  function readyText(t) {
    /** @type {Array<[number, string]>} */
    const counts = [
      [t.counts.warning, 'warning'],
      [t.counts.info, 'info'],
    ];
    const rest = counts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`);
    return ['Ready', ...rest].join(' · ');
  }

  /**
   * "2 errors · 1 warning" for a badge.
   * @param {CorpusTake} t
   */
  function badgeText(t) {
    const parts = [];
    /** @type {Array<[number, string]>} */
    const counts = [
      [t.counts.error, 'error'],
      [t.counts.warning, 'warning'],
      [t.counts.info, 'info'],
    ];
    for (const [n, word] of counts) if (n) parts.push(`${n} ${word}${n === 1 ? '' : 's'}`);
    const missing = 6 - t.parts.length;
    if (!parts.length && missing > 0) parts.push(`${missing} part${missing === 1 ? '' : 's'} missing`);
    return parts.join(' · ');
  }

  /** Redraws everything from the last corpus data and the view state. */
  function render() {
    root.textContent = '';
    if (!corpus || !corpus.symposia.length) {
      root.append(el('p', 'empty', 'No takes (*.take) in this workspace yet.'));
      post({ type: 'rendered', cards: 0 });
      return;
    }
    root.append(toolbar());
    let cards = 0;
    for (const sym of corpus.symposia) {
      const section = el('section', 'symposium');
      section.append(el('h1', 'series', sym.series || 'Symposium'));
      if (sym.question) section.append(el('p', 'question', sym.question));
      if (sym.configError) section.append(el('p', 'config-error', `symposium.json: ${sym.configError}`));
      const ready = sym.takes.filter(isReady).length;
      section.append(el('p', 'summary', `${sym.takes.length} takes · ${ready} ready · ${sym.takes.length - ready} not ready`));
      section.append(chart(sym));
      const list = el('div', 'cards');
      for (const t of sorted(sym.takes).filter(visible)) {
        list.append(card(t, sym));
        cards++;
      }
      section.append(list);
      root.append(section);
    }
    post({ type: 'rendered', cards });
  }

  /** Saves the view state so it survives the panel being hidden. */
  function save() {
    vscode.setState(state);
  }

  root.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const badge = target && target.closest('.badge');
    const c = target && target.closest('.card');
    if (badge instanceof HTMLElement) {
      e.stopPropagation();
      const line = badge.dataset.line === undefined ? undefined : Number(badge.dataset.line);
      post({ type: 'open', uri: badge.dataset.uri, line });
    } else if (c instanceof HTMLElement) post({ type: 'open', uri: c.dataset.uri });
  });
  root.addEventListener('keydown', (e) => {
    const target = e.target instanceof HTMLElement ? e.target : null;
    if ((e.key === 'Enter' || e.key === ' ') && target && target.classList.contains('card')) {
      e.preventDefault();
      post({ type: 'open', uri: target.dataset.uri });
    }
  });
  root.addEventListener('change', (e) => {
    const t = e.target;
    if (t instanceof HTMLSelectElement && t.classList.contains('sort')) state.sort = t.value;
    if (t instanceof HTMLInputElement && t.classList.contains('only-not-ready')) state.onlyNotReady = t.checked;
    save();
    render();
  });
  root.addEventListener('input', (e) => {
    const t = e.target;
    if (!(t instanceof HTMLInputElement) || !t.classList.contains('filter')) return;
    state.filter = t.value;
    save();
    render();
    const box = root.querySelector('.filter');
    if (!(box instanceof HTMLInputElement)) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  });
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m && m.type === 'corpus' && m.data && Array.isArray(m.data.symposia)) {
      corpus = m.data;
      render();
    }
  });
  post({ type: 'ready' });
})();
