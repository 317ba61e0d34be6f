// Paths for the browser host: any workspace URI (vscode-vfs, file, vscode-remote, …) as a '/'-separated path the
// core can walk, glob and compare, and back to the URI exactly as VS Code writes it.
import { URI } from 'vscode-uri';

/** `scheme://authority` and the rest of a path made by `uriPath`. */
const PATH_PARTS = /^([A-Za-z][\w+.-]*):\/\/([^/]*)(\/.*)?$/;

/**
 * The path of a URI as the core sees it: `scheme://authority/path`, the path decoded, so takes of
 * `vscode-vfs://github/…` and `file:///…` each live in their own tree and globs match real names. Untitled
 * documents and URIs without an absolute path name no file.
 */
export function uriPath(uri: string): string | undefined {
  const u = URI.parse(uri);
  if (u.scheme === 'untitled' || !u.path.startsWith('/')) return undefined;
  return `${u.scheme}://${u.authority}${u.path}`;
}

/** The URI of a path made by `uriPath`, encoded as VS Code encodes it (so it matches the client's URIs). */
export function pathUri(path: string): string {
  const m = PATH_PARTS.exec(path);
  if (!m) return URI.file(path).toString();
  return URI.from({ scheme: m[1], authority: m[2], path: m[3] ?? '/' }).toString();
}

/** The folder above a path made by `uriPath`; undefined at the root of its scheme and authority. */
export function uriParent(path: string): string | undefined {
  const m = PATH_PARTS.exec(path);
  const rest = m ? (m[3] ?? '/') : path;
  if (rest === '/' || rest === '') return undefined;
  const cut = rest.lastIndexOf('/');
  const up = cut <= 0 ? '/' : rest.slice(0, cut);
  return m ? `${m[1]}://${m[2]}${up}` : up;
}
