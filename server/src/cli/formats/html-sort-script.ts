// The HTML report's only script: shows the sort control and re-orders each symposium's cards (the page works without it).

/**
 * The script, placed in the page as it is (its hash goes into the Content-Security-Policy). Each card carries
 * data-rank (its place in the not-ready-first order the page is written in), data-contributor and data-file.
 */
export const HTML_SORT_SCRIPT = `
'use strict';
(() => {
  const control = document.getElementById('sort-by');
  if (!control) return;
  const rank = (a, b) => Number(a.dataset.rank) - Number(b.dataset.rank);
  const text = (key) => (a, b) => {
    const x = a.dataset[key] || '';
    const y = b.dataset[key] || '';
    if ((x === '') !== (y === '')) return x === '' ? 1 : -1;
    return x.localeCompare(y, undefined, { numeric: true, sensitivity: 'base' }) || rank(a, b);
  };
  const orders = { status: rank, contributor: text('contributor'), file: text('file') };
  control.closest('.sort').hidden = false;
  control.addEventListener('change', () => {
    const order = orders[control.value] || rank;
    for (const list of document.querySelectorAll('.takes')) {
      const cards = Array.from(list.children).sort(order);
      const sorted = document.createDocumentFragment();
      for (const card of cards) sorted.appendChild(card);
      list.appendChild(sorted);
    }
  });
})();
`;
