// The `commentary.*` settings of each workspace folder (multi-root), asked with scopeUri and cached until they change.
import type { Connection, WorkspaceFolder } from 'vscode-languageserver';
import { isInside } from '../core';
import { DEFAULT_SETTINGS, normalizeSettings, type CommentarySettings } from '../shared/settings';
import { uriToPath } from './convert';

/** A folder and the settings the client answered for it. */
interface FolderEntry {
  uri: string;
  /** The folder's path for file folders (compared by path, since URIs of the same file may be encoded differently). */
  path?: string;
  settings: CommentarySettings;
}

export class FolderSettings {
  /** The settings without a scope: user and workspace settings, and the window-scoped ones (`lintWorkspace`, `trace`). */
  private unscoped: CommentarySettings = DEFAULT_SETTINGS;
  /** The folders' own settings, innermost folder first, so a nested folder wins over its parent. */
  private folders: FolderEntry[] = [];

  /** The settings without a scope (used for takes outside every folder and for window-scoped settings). */
  get global(): CommentarySettings {
    return this.unscoped;
  }

  /** Replaces every cached answer with one set of settings (initializationOptions, or a pushed didChangeConfiguration). */
  setAll(raw: unknown): void {
    this.unscoped = normalizeSettings(raw);
    this.folders = [];
  }

  /** Asks the client for the unscoped settings and each folder's, in one workspace/configuration request. */
  async pull(connection: Connection, folders: readonly WorkspaceFolder[]): Promise<void> {
    const items = [{ section: 'commentary' }, ...folders.map((f) => ({ scopeUri: f.uri, section: 'commentary' }))];
    const answer: unknown[] = await connection.workspace.getConfiguration(items);
    if (answer[0] !== null && answer[0] !== undefined) this.unscoped = normalizeSettings(answer[0]);
    const entries = folders.map((f, k) => {
      const raw = answer[k + 1];
      return { uri: f.uri, path: uriToPath(f.uri), settings: raw === null || raw === undefined ? this.unscoped : normalizeSettings(raw) };
    });
    this.folders = entries.sort((a, b) => b.uri.length - a.uri.length);
  }

  /** The settings that apply to a take: those of the innermost workspace folder holding it, else the unscoped ones. */
  forUri(uri: string | undefined): CommentarySettings {
    if (!uri) return this.unscoped;
    const path = uriToPath(uri);
    const folder = this.folders.find((f) => (f.path && path ? isInside(f.path, path) : uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`)));
    return folder ? folder.settings : this.unscoped;
  }
}
