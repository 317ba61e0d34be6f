// The test page's client side: starts dist/browser-server.js in a Web Worker and speaks JSON-RPC to it the way
// vscode-jsonrpc/browser frames it (one message object per postMessage). It answers the server's requests:
// commentary/readFile from `window.files` (uri → text), commentary/dictionary from the served dictionaries.
/* global window, Worker */

const worker = new Worker('/browser-server.js', { name: 'commentary-lint' });
/** Every message the server sent, in order; the test waits on this list. */
const messages = [];
const pending = new Map();
let nextId = 1;
window.messages = messages;
window.files = {};
window.reads = [];
window.workerErrors = [];

// A worker that fails to load or throws at the top level reports here, so the test can say why.
worker.onerror = (e) => window.workerErrors.push(String(e.message ?? e));

worker.onmessage = async (event) => {
  const m = event.data;
  messages.push(m);
  if (m.method !== undefined && m.id !== undefined) {
    worker.postMessage({ jsonrpc: '2.0', id: m.id, result: await answer(m.method, m.params) });
  } else if (m.id !== undefined && pending.has(m.id)) {
    pending.get(m.id)(m);
    pending.delete(m.id);
  }
};

// What a client answers to the server's requests.
async function answer(method, params) {
  switch (method) {
    case 'commentary/readFile':
      window.reads.push(params.uri);
      return params.uri in window.files ? { text: window.files[params.uri] } : { missing: true };
    case 'commentary/dictionary': {
      const [aff, dic] = await Promise.all(['aff', 'dic'].map((ext) => fetch(`/dictionaries/${params.locale}.${ext}`).then((r) => (r.ok ? r.text() : null))));
      return aff && dic ? { aff, dic } : null;
    }
    case 'workspace/configuration':
      return params.items.map(() => null);
    default:
      return null;
  }
}

window.lsp = {
  // Sends a request; resolves with its result, rejects with its error.
  request(method, params) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  },
  // Sends a notification.
  notify(method, params) {
    worker.postMessage({ jsonrpc: '2.0', method, params });
  },
};
