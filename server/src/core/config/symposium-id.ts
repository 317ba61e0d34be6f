// Which symposium, and so which corpus, a take belongs to: one identity for the CLI, its workers and the server.

/**
 * A symposium's identity, as a string so it can key maps and cross to worker threads:
 * "config:<path of symposium.json>", "folder:<folder>" for takes with no symposium.json (each folder is
 * one symposium), or "lone:<name>" for a take that is no file (an untitled document, stdin): a symposium of one.
 */
export type SymposiumId = string & { readonly __symposiumId: true };

/** What a SymposiumId stands for. */
export type SymposiumSource = { kind: 'config'; path: string } | { kind: 'folder'; path: string } | { kind: 'lone'; name: string };

/** The identity of the symposium a `symposium.json` defines (whether or not the file is valid). */
export function configSymposiumId(configFile: string): SymposiumId {
  return `config:${configFile}` as SymposiumId;
}

/** The identity of the symposium formed by the takes of a folder that no `symposium.json` governs. */
export function folderSymposiumId(folder: string): SymposiumId {
  return `folder:${folder}` as SymposiumId;
}

/** The identity of a take that is not a file on disk, which no other take is compared with. */
export function loneSymposiumId(name: string): SymposiumId {
  return `lone:${name}` as SymposiumId;
}

/** Reads a SymposiumId back into where it comes from. */
export function symposiumSource(id: SymposiumId): SymposiumSource {
  if (id.startsWith('config:')) return { kind: 'config', path: id.slice('config:'.length) };
  if (id.startsWith('folder:')) return { kind: 'folder', path: id.slice('folder:'.length) };
  return { kind: 'lone', name: id.slice('lone:'.length) };
}
