// A second, real LSP client: Neovim (Debian's 0.7) starts the built server over stdio for a sample take.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER } from '../helpers/lsp';
import { tempWorkspace } from '../helpers/workspace';

const hasNvim = spawnSync('nvim', ['--version']).status === 0;

test('Neovim gets the diagnostics, with client settings applied', { skip: !hasNvim && !process.env.CI && 'nvim is not installed (CI installs it)' }, () => {
  const ws = tempWorkspace({});
  try {
    cpSync(join(__dirname, '../../samples'), ws.root, { recursive: true });
    const env = { ...process.env, TAKE: ws.path('daniel-okafor.take'), OUT: ws.path('result.txt'), NODE: process.execPath, SERVER };
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${join(__dirname, 'neovim/check.lua')}`], {
      env,
      timeout: 60000,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const [status, ...rows] = readFileSync(ws.path('result.txt'), 'utf8').trim().split('\n');
    assert.equal(status, 'OK', `diagnostics without image-credit never arrived:\n${rows.join('\n')}`);
    const codes = new Set(rows.map((row) => row.split(' ')[1]));
    assert.ok(codes.has('headline-case') && codes.has('headline-punctuation') && codes.has('editors-note-label'), rows.join('\n'));
    assert.equal(codes.has('image-credit'), false, 'workspace/configuration from the client turned image-credit off');
    assert.ok(rows.includes('3:1 editors-note-label'));
  } finally {
    ws.cleanup();
  }
});
