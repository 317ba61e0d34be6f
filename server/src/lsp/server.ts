// The language server's lifecycle: documents, the workspace index, settings and file watching.
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, SYMPOSIUM_FILE, baseName, isIgnored, isInside, symposiumSource, type SymposiumId } from '../core';
import { CORPUS_CHANGED } from '../shared/protocol';
import type { CommentarySettings } from '../shared/settings';
import type { ServerContext } from './context';
import { pathToUri, uriToPath } from './convert';
import { FolderSettings } from './folder-settings';
import { host } from './host';
import { clearDiagnostics, publishConfigProblems, publishTake } from './publish';
import { TakeStore, type TakeState } from './takes';

/** Chunk size for indexing the workspace, so requests are still served while it runs. */
const INDEX_CHUNK = 100;

export class CommentaryServer implements ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly store: TakeStore;
  /** The client's settings, per workspace folder. */
  private readonly config = new FolderSettings();
  private folders: WorkspaceFolder[] = [];
  private canPullConfig = false;
  private canRegisterWatchers = false;
  private canShowProgress = false;
  private canWatchFolders = false;
  /** The re-index under way, if any, and whether another was asked for while it ran (one more run covers them all). */
  private relinting: Promise<void> | undefined;
  private relintAgain = false;
  private pending = new Set<string>();
  private flushScheduled = false;
  /** Open documents wait for the client's settings, so their first diagnostics already honour them. */
  private settingsLoaded = false;
  private corpusTimer: NodeJS.Timeout | undefined;
  private readonly configProblemFiles = new Set<string>();

  constructor(readonly connection: Connection) {
    this.store = new TakeStore((uri) => this.config.forUri(uri), RULES);
  }

  /** True when the client sends workspace folder changes (only then may the server subscribe to them). */
  get watchesFolders(): boolean {
    return this.canWatchFolders;
  }

  /** The settings for a take (its workspace folder's), or without a URI the unscoped ones. */
  settings(uri?: string): CommentarySettings {
    return uri ? this.config.forUri(uri) : this.config.global;
  }

  /** True when the take's folder (or the user) has not turned linting off with `commentary.enable`. */
  private enabledFor(uri: string): boolean {
    return this.config.forUri(uri).enable;
  }

  /** Records what the client can do and which folders it opened. */
  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.canPullConfig = !!caps.workspace?.configuration;
    this.canRegisterWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.canShowProgress = !!caps.window?.workDoneProgress;
    this.canWatchFolders = !!caps.workspace?.workspaceFolders;
    this.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: baseName(params.rootUri) }] : []);
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    if (init) this.config.setAll(init.commentary ?? init);
  }

  /** After the handshake: watch files, read settings, index the workspace. */
  async initialized(): Promise<void> {
    if (this.canRegisterWatchers) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.take' }, { globPattern: `**/${SYMPOSIUM_FILE}` }],
      });
    }
    await this.pullSettings();
    this.settingsLoaded = true;
    this.pending.clear();
    await this.indexWorkspace();
  }

  /** Reads `commentary.*` settings from the client (unscoped and per workspace folder), when it supports pulling them. */
  async pullSettings(): Promise<void> {
    if (!this.canPullConfig) return;
    try {
      await this.config.pull(this.connection, this.folders);
    } catch (e) {
      this.connection.console.warn(`could not read settings: ${(e as Error).message}`);
    }
  }

  /** Settings changed: re-read them and re-lint everything. */
  async settingsChanged(pushed: unknown): Promise<void> {
    if (this.canPullConfig) await this.pullSettings();
    else if (pushed && typeof pushed === 'object' && 'commentary' in pushed) this.config.setAll(pushed.commentary);
    await this.requestRelint();
  }

  /** Lints every take of every workspace folder, open or not, reporting progress. */
  async indexWorkspace(): Promise<void> {
    const found = this.config.global.lintWorkspace ? this.folders.filter((f) => this.enabledFor(f.uri)).flatMap((f) => this.takesIn(f.uri)) : [];
    // A folder nested in another has its own settings: each take follows the innermost folder holding it.
    const paths = found.filter((p) => this.enabledFor(pathToUri(p)));
    const progress = this.canShowProgress ? await this.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Commentary: linting takes', 0, `${paths.length} takes`, false);
    for (let k = 0; k < paths.length; k += INDEX_CHUNK) {
      // A newer re-index was asked for (symposium.json saved again): this one's work would be thrown away.
      if (this.relintAgain) {
        progress?.done();
        return;
      }
      for (const p of paths.slice(k, k + INDEX_CHUNK)) this.lintFromDisk(pathToUri(p));
      progress?.report(Math.round(((k + INDEX_CHUNK) / paths.length) * 100), `${Math.min(k + INDEX_CHUNK, paths.length)}/${paths.length} takes`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.prepare(this.documents.all().map((d) => d.uri));
    for (const doc of this.documents.all()) if (this.enabledFor(doc.uri)) this.lintDocument(doc);
    this.finishGroups(new Set(this.store.groups().keys()), this.store.all());
    progress?.done();
  }

  /** The takes of a workspace folder, found as the CLI finds them (.gitignore and symposium `ignore` respected). */
  private takesIn(folderUri: string): string[] {
    const root = uriToPath(folderUri);
    if (!root) return [];
    const ignoredBySymposium = (path: string) => {
      const { symposium } = this.store.lookup(path);
      return isIgnored(symposium, path);
    };
    return host().takesIn(root, ignoredBySymposium);
  }

  /**
   * Re-lints every known take (after settings, folder or symposium changes). Requests coalesce: while a
   * re-index runs, any number of further requests queue one more run (and cut the current one short), so
   * 60 quick saves of symposium.json cost two re-indexes, not 60.
   */
  requestRelint(): Promise<void> {
    if (this.relinting) {
      this.relintAgain = true;
      return this.relinting;
    }
    const run = async () => {
      const before = new Set(this.store.all().map((s) => s.uri));
      try {
        do {
          this.relintAgain = false;
          await this.relintAll();
        } while (this.relintAgain);
      } finally {
        this.relinting = undefined;
      }
      // Takes that were known and are no more (ignored now, or linting disabled) lose their diagnostics; the
      // others were just published again, so they are not cleared first.
      for (const uri of before) if (!this.store.get(uri)) clearDiagnostics(this, uri);
    };
    this.relinting = run();
    return this.relinting;
  }

  /** Forgets every take and lints the workspace again; use requestRelint, which coalesces. */
  private async relintAll(): Promise<void> {
    host().forget();
    this.store.finder.clear();
    for (const s of this.store.all()) this.store.remove(s.uri);
    await this.indexWorkspace();
  }

  /** Queues an open document for linting; changes arriving in the same tick are linted once. */
  scheduleLint(uri: string): void {
    // In the browser a take's symposium.json is read through the client first; it is linted once that is in.
    const ready = host().prepare(uri);
    if (ready) {
      void ready.then((learned) => {
        this.readsDone(learned);
        this.scheduleLint(uri);
      });
      return;
    }
    this.pending.add(uri);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** Lints the queued documents at their latest versions and publishes. */
  private flush(): void {
    this.flushScheduled = false;
    if (!this.settingsLoaded) return;
    const uris = [...this.pending];
    this.pending.clear();
    const changed: TakeState[] = [];
    const groups = new Set<SymposiumId>();
    for (const uri of uris) {
      const doc = this.documents.get(uri);
      if (!doc || !this.enabledFor(uri)) continue;
      const s = this.lintDocument(doc);
      changed.push(s);
      groups.add(s.group);
    }
    this.finishGroups(groups, changed);
  }

  /** Runs corpus rules for the given symposia and publishes every take whose findings changed. */
  private finishGroups(groups: Set<SymposiumId>, changed: TakeState[]): void {
    const toPublish = new Map(changed.map((s) => [s.uri, s]));
    for (const g of groups) for (const s of this.store.runCorpus(g)) toPublish.set(s.uri, s);
    for (const s of toPublish.values()) publishTake(this, s);
    this.publishConfigProblems(groups);
    this.notifyCorpusChanged();
  }

  /** Waits until the host has read what linting these takes needs (their symposium.json files, in the browser). */
  async prepare(uris: string[]): Promise<void> {
    const learned = await Promise.all(uris.map((uri) => host().prepare(uri) ?? Promise.resolve(false)));
    this.readsDone(learned.some(Boolean));
  }

  /** After the host read new files: a lookup made before (a request that arrived first) cached "no symposium.json". */
  private readsDone(learned: boolean): void {
    if (learned) this.store.finder.clear();
  }

  /** Lints an open document (its in-memory text). */
  private lintDocument(doc: TextDocument): TakeState {
    return this.store.lint(doc.uri, doc.getText(), doc.version);
  }

  /** Lints a take from disk; a file that cannot be read is forgotten. */
  private lintFromDisk(uri: string): TakeState | undefined {
    const path = uriToPath(uri);
    if (!path || !host().readsDisk) return undefined;
    const read = host().readTake(path);
    try {
      if ('error' in read) {
        this.connection.console.warn(`cannot read ${path}: ${read.error}`);
        throw new Error(read.error);
      }
      return this.store.lint(uri, read.text, null);
    } catch {
      this.store.remove(uri);
      clearDiagnostics(this, uri);
      return undefined;
    }
  }

  /**
   * Publishes (or clears) the problems of the symposium.json files of the given symposia: a symposium's
   * identity names its symposium.json, so only the symposia just linted are looked at, not every take.
   */
  private publishConfigProblems(groups: Set<SymposiumId>): void {
    for (const group of groups) {
      const source = symposiumSource(group);
      if (source.kind !== 'config') continue;
      const configFile = source.path;
      const { problems } = this.store.finder.load(configFile);
      if (problems.length || this.configProblemFiles.has(configFile)) publishConfigProblems(this, configFile, problems);
      if (problems.length) this.configProblemFiles.add(configFile);
      else this.configProblemFiles.delete(configFile);
    }
  }

  /** Tells the client the corpus data changed, at most every 100 ms. */
  private notifyCorpusChanged(): void {
    if (this.corpusTimer) return;
    this.corpusTimer = setTimeout(() => {
      this.corpusTimer = undefined;
      void this.connection.sendNotification(CORPUS_CHANGED, {});
    }, 100);
  }

  /** A document was closed: lint it from disk again as a closed take, or forget it. */
  documentClosed(uri: string): void {
    const path = uriToPath(uri);
    const inWorkspace =
      path &&
      this.config.global.lintWorkspace &&
      this.enabledFor(uri) &&
      this.folders.some((f) => {
        const root = uriToPath(f.uri);
        return root && path !== root && isInside(root, path);
      });
    const s = inWorkspace && path.endsWith('.take') ? this.lintFromDisk(uri) : undefined;
    if (s) return this.finishGroups(new Set([s.group]), [s]);
    const gone = this.store.remove(uri);
    clearDiagnostics(this, uri);
    if (gone) this.finishGroups(new Set([gone.group]), []);
  }

  /** Files changed on disk: symposium.json edits re-lint everything; takes are re-read when not open. */
  async filesChanged(changes: Array<{ uri: string; type: FileChangeType }>): Promise<void> {
    if (changes.some((c) => c.uri.endsWith(`/${SYMPOSIUM_FILE}`))) return this.requestRelint();
    const groups = new Set<SymposiumId>();
    const changed: TakeState[] = [];
    for (const c of changes) {
      if (!c.uri.endsWith('.take') || this.documents.get(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) {
        const gone = this.store.remove(c.uri);
        clearDiagnostics(this, c.uri);
        if (gone) groups.add(gone.group);
        continue;
      }
      const s = this.enabledFor(c.uri) ? this.lintFromDisk(c.uri) : undefined;
      if (s) {
        changed.push(s);
        groups.add(s.group);
      }
    }
    this.finishGroups(groups, changed);
  }

  /** The current state of a take: open documents are re-linted first when their result is stale. */
  stateFor(uri: string): TakeState | undefined {
    const doc = this.documents.get(uri);
    const s = this.store.get(uri);
    if (doc && (!s || s.version !== doc.version)) return this.lintDocument(doc);
    return s;
  }

  /** Workspace folders were added or removed: index again. */
  async foldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[]): Promise<void> {
    const gone = new Set(removed.map((f) => f.uri));
    this.folders = [...this.folders.filter((f) => !gone.has(f.uri)), ...added];
    await this.pullSettings();
    await this.requestRelint();
  }

  /** Stops timers before exit. */
  shutdown(): void {
    if (this.corpusTimer) clearTimeout(this.corpusTimer);
    this.pending.clear();
  }
}

/** The folder a symposium stands for (its symposium.json's folder, or the folder of its takes). */
export function groupFolder(group: SymposiumId): string {
  const source = symposiumSource(group);
  if (source.kind === 'config') return host().parent(source.path) ?? source.path;
  return source.kind === 'folder' ? source.path : source.name;
}
