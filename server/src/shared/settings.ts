// The one settings shape shared by the VS Code client and the language server, with its defaults.
import type { RuleSetting } from '../core';

export interface CommentarySettings {
  /** Lint takes at all. */
  enable: boolean;
  /** Rule settings applied over every symposium.json (id → severity or [severity, options]). */
  rules: Record<string, RuleSetting>;
  /** Lint every take of the workspace, open or not. */
  lintWorkspace: boolean;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: CommentarySettings = {
  enable: true,
  rules: {},
  lintWorkspace: true,
  trace: { server: 'off' },
};

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** Reads whatever a client sent into a complete, valid settings object; bad values fall back to defaults. */
export function normalizeSettings(raw: unknown): CommentarySettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.includes(v)) rules[id] = v as RuleSetting;
      else if (Array.isArray(v) && SEVERITIES.includes(String(v[0]))) rules[id] = v as RuleSetting;
    }
  }
  const trace = (r.trace as Record<string, unknown> | undefined)?.server;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    rules,
    lintWorkspace: typeof r.lintWorkspace === 'boolean' ? r.lintWorkspace : DEFAULT_SETTINGS.lintWorkspace,
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
  };
}
