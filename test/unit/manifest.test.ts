// The extension manifest agrees with the code: settings, commands, problem matcher, packaged files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';

/** The parts of package.json these tests read. */
interface Manifest {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, { default: unknown }> };
    commands: Array<{ command: string }>;
    problemMatchers: Array<{ pattern: Array<{ regexp: string }> }>;
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

test('every commentary.* setting in the manifest is one of the shared settings, with the same default', () => {
  const props = manifest.contributes.configuration.properties;
  const flat: Record<string, unknown> = {
    'commentary.enable': DEFAULT_SETTINGS.enable,
    'commentary.lintWorkspace': DEFAULT_SETTINGS.lintWorkspace,
    'commentary.rules': DEFAULT_SETTINGS.rules,
    'commentary.trace.server': DEFAULT_SETTINGS.trace.server,
  };
  assert.deepEqual(Object.keys(props).sort(), Object.keys(flat).sort());
  for (const [k, v] of Object.entries(flat)) assert.deepEqual(props[k].default, v, k);
});

test('every contributed command is registered by the client', () => {
  const source = readFileSync('client/src/commands.ts', 'utf8');
  for (const c of manifest.contributes.commands) assert.ok(source.includes(`'${c.command}'`), `${c.command} is registered`);
});

test('engines.vscode is at most what code-server 1.100 runs, and @types/vscode no newer', () => {
  assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.0$/);
  const minor = Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)![1]);
  assert.ok(minor <= 100);
  assert.ok(Number(manifest.devDependencies['@types/vscode'].split('.')[1]) <= minor);
});

test('the $commentary-lint problem matcher reads the CLI’s stylish output', () => {
  const [file, row] = manifest.contributes.problemMatchers[0].pattern;
  const output = [
    'samples/daniel-okafor.take',
    '   1:44  warning  Write "What", not "what", as in the headline template  headline-case',
    '  10:1   error    Write the label as "Image:", not "image -"  image-credit',
  ];
  assert.equal(new RegExp(file.regexp).exec(output[0])?.[1], 'samples/daniel-okafor.take');
  const m = new RegExp(row.regexp).exec(output[1])!;
  assert.deepEqual([m[1], m[2], m[3], m[4], m[5]], ['1', '44', 'warning', 'Write "What", not "what", as in the headline template', 'headline-case']);
  assert.equal(new RegExp(row.regexp).exec(output[2])?.[5], 'image-credit');
});
