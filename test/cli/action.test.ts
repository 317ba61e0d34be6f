// The GitHub Action (action.yml): its structure, then its shell steps run as the runner would, with the built CLI in place of npx.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLI, makeTree, removeTree, ROOT, type SarifLog } from '../helpers/cli';

interface Input {
  description?: string;
  required?: boolean;
  default?: string;
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, Input>;
  runs: { using: string; steps: Step[] };
}

const ACTION_TEXT = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const action = parse(ACTION_TEXT) as Action;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const steps = action.runs.steps;
const runSteps = steps.filter((s) => s.run !== undefined);

/** `${{ inputs.name }}` expressions in a text, by input name. */
function inputRefs(text: string): string[] {
  return [...text.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]);
}

/** A step's env block with each `${{ inputs.x }}` replaced by the value the workflow gave (or the input's default). */
function stepEnv(step: Step, given: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env ?? {}))
    env[name] = value.replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, input: string) => given[input] ?? action.inputs[input].default ?? '');
  return env;
}

/** The step's script with the published CLI (`npx --yes commentary-lint@…`) swapped for the locally built one. */
function localScript(step: Step): string {
  const script = step.run ?? '';
  const npx = /npx --yes "?commentary-lint@[^\s"]*"?/g;
  assert.match(script, npx, 'the step runs commentary-lint through npx');
  return script.replace(npx, `node ${JSON.stringify(CLI)}`);
}

interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  workspace: string;
}

/** Runs every shell step of the action in a fresh copy of samples/ as GitHub's bash shell would (bash -e -o pipefail), stopping at the first failure. */
function runAction(given: Record<string, string>, body: (r: StepRun) => void): void {
  const workspace = makeTree({});
  cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  try {
    let last: StepRun = { code: 0, stdout: '', stderr: '', workspace };
    for (const step of runSteps) {
      const env: Record<string, string | undefined> = { ...process.env, ...stepEnv(step, given) };
      for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COMMENTARY_LINT_WORKERS', 'NODE_OPTIONS', 'NODE_TEST_CONTEXT']) delete env[name];
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', localScript(step)], {
        cwd: workspace,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (r.error) throw r.error;
      last = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, workspace };
      if (last.code !== 0) break;
    }
    body(last);
  } finally {
    removeTree(workspace);
  }
}

/** The `::error`/`::warning`/`::notice` annotation lines of an output. */
function annotations(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind} `));
}

describe('action.yml', () => {
  test('is a composite action whose every referenced input is declared, with defaults', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
    for (const name of ['files', 'version', 'args', 'sarif', 'node-version']) assert.ok(action.inputs[name], `input ${name}`);
    for (const name of inputRefs(ACTION_TEXT)) assert.ok(action.inputs[name], `inputs.${name} is used but not declared`);
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.ok(input.description, `${name} has a description`);
      assert.equal(input.required, false, `${name} is optional`);
      assert.equal(typeof input.default, 'string', `${name} has a default`);
    }
    assert.equal(action.inputs.files.default, '.');
    assert.equal(action.inputs.sarif.default, '');
    assert.equal(action.inputs.version.default, version, 'the action runs the version it is released with');
  });

  test('sets up Node first, lints with --format github, then uploads SARIF only when asked', () => {
    assert.match(steps[0].uses ?? '', /^actions\/setup-node@v\d+$/);
    assert.equal(steps[0].with?.['node-version'], '${{ inputs.node-version }}');
    assert.ok(runSteps.length >= 1);
    for (const step of runSteps) assert.equal(step.shell, 'bash', 'composite run steps must name their shell');
    const lint = runSteps.find((s) => /npx --yes "?commentary-lint@\$\{?COMMENTARY_VERSION\}?"?/.test(s.run ?? ''));
    assert.ok(lint, 'a step runs the requested version through npx');
    assert.match(lint.run ?? '', /--format github/);
    assert.equal(lint.env?.COMMENTARY_VERSION, '${{ inputs.version }}');
    for (const step of runSteps) assert.doesNotMatch(step.run ?? '', /\$\{\{/, 'inputs reach scripts through env, not spliced into the script');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.equal(upload.if?.replace(/\s+/g, ' '), "always() && inputs.sarif != ''");
    assert.equal(upload.with?.sarif_file, '${{ inputs.sarif }}');
    assert.equal(steps.indexOf(upload), steps.length - 1, 'the upload comes after the lint');
  });
});

describe("the action's commands on the samples", () => {
  test('defaults: annotations for every finding and a failing exit code, no SARIF', () => {
    runAction({}, ({ code, stdout, stderr, workspace }) => {
      assert.equal(code, 1, stderr);
      const errors = annotations(stdout, 'error');
      assert.ok(
        errors.some((l) => /^::error file=kenji-watanabe\.take,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(l)),
        stdout,
      );
      assert.ok(annotations(stdout, 'warning').length > 0);
      assert.ok(!stdout.includes('aleksei-varenko.take'), 'a clean take gets no annotation');
      assert.ok(!existsSync(join(workspace, 'commentary.sarif')));
    });
  });

  test('sarif: the same findings also written as a SARIF log (folders created), exit code still the lint result', () => {
    runAction({ sarif: 'reports/commentary.sarif' }, ({ code, stdout, stderr, workspace }) => {
      assert.equal(code, 1, stderr);
      const path = join(workspace, 'reports', 'commentary.sarif');
      assert.ok(existsSync(path), 'the SARIF file is written');
      const log = JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
      assert.equal(log.version, '2.1.0');
      const results = log.runs[0].results ?? [];
      assert.ok(results.length > 0);
      const errorCount = results.filter((r) => r.level === 'error').length;
      assert.equal(errorCount, annotations(stdout, 'error').length, 'SARIF errors match the ::error annotations');
    });
  });

  test('files and args: only the named takes, extra options applied', () => {
    runAction({ files: 'aleksei-varenko.take  priya-raman.take', args: '--max-warnings 0 --quiet' }, ({ code, stdout, stderr }) => {
      assert.equal(code, 0, stdout + stderr);
      assert.equal(stdout, '');
    });
    runAction({ files: 'kenji-*.take' }, ({ code, stdout }) => {
      assert.equal(code, 1);
      const files = new Set([...stdout.matchAll(/^::\w+ file=([^,:]+)/gm)].map((m) => m[1]));
      assert.deepEqual([...files], ['kenji-watanabe.take'], 'a glob is expanded by commentary-lint');
    });
    runAction({ files: 'oskar-lindqvist.take', args: '--max-warnings 0 --quiet' }, ({ code, stdout }) => {
      assert.equal(code, 1, 'warnings over --max-warnings fail the job');
      assert.equal(annotations(stdout, 'warning').length, 0, '--quiet drops the warnings');
    });
  });

  test('a usage error fails the step with exit code 2, even with a SARIF report asked for', () => {
    runAction({ files: 'no-such-folder', sarif: 'out.sarif' }, ({ code, stderr }) => {
      assert.equal(code, 2);
      assert.match(stderr, /no-such-folder/);
    });
  });
});
