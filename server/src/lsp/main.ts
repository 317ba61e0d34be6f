// Entry point of `commentary-language-server` in Node (stdio, IPC or sockets): the disk host, then the server.
import { ProposedFeatures, createConnection, type Connection } from 'vscode-languageserver/node';
import { installHost } from './host';
import { nodeHost } from './node-host';
import { serve } from './serve';
import { HeaderGuard } from './stdio';

/**
 * Over stdio, every message header is checked before vscode-jsonrpc reads it: its own reader, given
 * `Content-Length: abc`, a negative or a huge length, waits for ever and answers nothing again, not even
 * `shutdown`. A bad header ends the process (exit code 1) with the reason on stderr; the framing of what
 * follows cannot be trusted, and the client sees the server exit and may restart it.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const input = new HeaderGuard((reason) => {
    process.stderr.write(`commentary-language-server: invalid message from the client: ${reason}; exiting\n`);
    // A moment for the answers to the messages before the bad one to be written, then out.
    setTimeout(() => process.exit(1), 100);
  });
  process.stdin.pipe(input);
  const conn = createConnection(ProposedFeatures.all, input, process.stdout);
  // What createConnection does for --stdio itself: nothing may write to stdout but the protocol.
  console.log = conn.console.log.bind(conn.console);
  console.info = conn.console.info.bind(conn.console);
  console.warn = conn.console.warn.bind(conn.console);
  console.error = conn.console.error.bind(conn.console);
  return conn;
}

installHost(nodeHost());
const report = serve(connect());
process.on('unhandledRejection', (e) => report('unhandled rejection', e));
process.on('uncaughtException', (e) => report('uncaught exception', e));
