// commentary-lint --init: a starter symposium.json inferred from the takes, never written over an existing one.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import { parseSymposium, type SymposiumFile } from '../../server/src/core';
import { CLI, ROOT, addToTree, json, makeTree, removeTree, runCli, withTree, type JsonReport, type PrintedConfig } from '../helpers/cli';
import { DEFAULT_BODY, TEST_CONFIG, TEST_NOTE, take, takeBy } from '../helpers/take-builder';

const SAMPLES = join(ROOT, 'samples');
const JSDELIVR = `https://cdn.jsdelivr.net/npm/commentary-lint@${version}/schemas/symposium.schema.json`;

/** The symposium.json in a folder, parsed by the project's own parser, which must find no problem. */
function written(dir: string): SymposiumFile {
  const path = join(dir, 'symposium.json');
  const parsed = parseSymposium(readFileSync(path, 'utf8'), path, dir);
  assert.deepEqual(parsed.problems, []);
  return parsed.symposium!.file;
}

/** A body whose words are spelled the British way. */
const BRITISH_BODY = [
  ...DEFAULT_BODY.slice(0, 3),
  'The programme will organise a centre for the harbour authorities, whose behaviour and colour-coded catalogue of defence plans has long puzzled observers.',
];

describe('--init on a copy of the samples', () => {
  const dir = makeTree({});
  cpSync(SAMPLES, dir, { recursive: true });
  rmSync(join(dir, 'symposium.json'));
  const sample = JSON.parse(readFileSync(join(SAMPLES, 'symposium.json'), 'utf8')) as SymposiumFile;
  const takes = readdirSync(SAMPLES).filter((f) => f.endsWith('.take')).length;
  const r = runCli(['--init', dir]);
  after(() => removeTree(dir));

  test('writes series, headline template, editor’s note and image credit as samples/symposium.json has them', () => {
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    const file = written(dir);
    assert.equal(file.series, sample.series);
    assert.equal(file.headline, sample.headline);
    assert.equal(file.editorsNote, sample.editorsNote);
    assert.equal(file.imageCredit, sample.imageCredit);
    assert.equal(file.spelling, 'american');
    assert.equal(file.$schema, JSDELIVR, 'no local install above a temp folder: the versioned jsDelivr URL');
    assert.deepEqual(Object.keys(file), ['$schema', 'series', 'headline', 'editorsNote', 'imageCredit', 'spelling']);
  });

  test('prints what it inferred and from how many takes', () => {
    assert.match(r.stdout, new RegExp(`^Wrote .*symposium\\.json, inferred from ${takes} takes:\\n`));
    assert.match(r.stdout, new RegExp(`series +"The Tromsø Accord" \\(${takes} of ${takes} takes\\)`));
    assert.match(r.stdout, new RegExp(`headline +"\\{series\\} – We Asked \\{contributor\\} [^\\n]+" \\(\\d+ of ${takes} takes\\)`));
    assert.match(r.stdout, /spelling +"american" \(\d+ American and \d+ British spellings found\)/);
  });

  test('commentary-lint on the folder then uses the new file', () => {
    const printed = JSON.parse(runCli(['--print-config', join(dir, 'emil-haugen.take')]).stdout) as PrintedConfig;
    assert.equal(printed.symposium, join(dir, 'symposium.json'));
    assert.equal(printed.houseStyle.headline, sample.headline);
    const lint = runCli(['--format', 'json', dir]);
    assert.equal(lint.code, 1, lint.stderr);
    const report = JSON.parse(lint.stdout) as JsonReport;
    const farida = report.find((f) => f.filePath.endsWith('farida-nazarova.take'))!;
    assert.ok(
      farida.messages.some((m) => m.ruleId === 'headline-template'),
      'the take whose headline differs is reported against the inferred template',
    );
  });
});

describe('--init on other folders', () => {
  test('an empty folder gets $schema and the default spelling, and says there were no takes', () => {
    withTree({}, (dir) => {
      const r = runCli(['--init'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(written(dir), { $schema: JSDELIVR, spelling: 'american' });
      assert.match(r.stdout, /^No takes \(\*\.take\) in \.: wrote symposium\.json with defaults:\n/);
      assert.match(r.stdout, /series +not set: no takes to infer it from/);
      addToTree(dir, { 'a.take': take() });
      const lint = runCli([], { cwd: dir });
      assert.equal(lint.stderr, '', 'the file is valid for the linter too');
      assert.equal(lint.code, 0);
    });
  });

  test('takes that disagree leave the key out and say why; the ones that agree are kept', () => {
    const tree = {
      'a.take': takeBy('Mai Linh Tran', 'x', { editorsNote: 'Editor’s Note: Read the others here.' }),
      'b.take': takeBy('Ana Souza', 'y', { editorsNote: 'Editor’s Note: Read every take here.', headline: 'Mekong Voices: Ana Souza on the River' }),
      'c.take': takeBy('Ola Berg', 'z', { editorsNote: 'Editor’s Note: More takes on the river.', headline: 'The River – Ola Berg Looks Ahead' }),
    };
    withTree(tree, (dir) => {
      const r = runCli(['--init', '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const file = written(dir);
      assert.equal(file.headline, undefined);
      assert.equal(file.editorsNote, undefined);
      assert.equal(file.imageCredit, 'Reuters');
      assert.match(r.stdout, /editorsNote +not set: takes disagree \(3 different, the most common in 1 of 3; more than half must agree\)/);
      assert.match(r.stdout, /imageCredit +"Reuters" \(3 of 3 takes\)/);
    });
  });

  test('other headline shapes: the series after a colon, and the contributor first', () => {
    const colon = (name: string) => ({ headline: `The Mekong Accord: Here’s What ${name} Thinks Will Happen` });
    const first = (name: string) => ({ headline: `${name}: The Mekong Accord` });
    for (const [shape, template] of [
      [colon, '{series}: Here’s What {contributor} Thinks Will Happen'],
      [first, '{contributor}: {series}'],
    ] as const) {
      const tree = { 'a.take': takeBy('Mai Linh Tran', 'x', shape('Mai Linh Tran')), 'b.take': takeBy('Ana Souza', 'y', shape('Ana Souza')) };
      withTree(tree, (dir) => {
        assert.equal(runCli(['--init', dir]).code, 0);
        const file = written(dir);
        assert.equal(file.series, 'The Mekong Accord');
        assert.equal(file.headline, template);
      });
    }
  });

  test('the Mekong test takes give back the test configuration', () => {
    withTree({ 'a.take': take(), 'b.take': takeBy('Ana Souza', 'y'), 'c.take': takeBy('Ola Berg', 'z') }, (dir) => {
      assert.equal(runCli(['--init', dir]).code, 0);
      const file = written(dir);
      assert.deepEqual(
        [file.series, file.headline, file.editorsNote, file.imageCredit],
        [TEST_CONFIG.series, TEST_CONFIG.headline, TEST_NOTE, TEST_CONFIG.imageCredit],
      );
    });
  });

  test('takes spelled the British way make the spelling british', () => {
    const tree = { 'a.take': take({ body: BRITISH_BODY }), 'b.take': takeBy('Ana Souza', 'y', { body: BRITISH_BODY }) };
    withTree(tree, (dir) => {
      const r = runCli(['--init', dir]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(written(dir).spelling, 'british');
      assert.match(r.stdout, /spelling +"british" \(0 American and \d+ British spellings found\)/);
    });
  });

  test('takes under a nested symposium.json are not counted', () => {
    const tree = {
      'a.take': take(),
      'b.take': takeBy('Ana Souza', 'y'),
      'other/symposium.json': json({ series: 'Other' }),
      'other/c.take': take({ headline: 'Other – We Asked Mai Linh Tran What Comes Next for the River' }),
      'other/d.take': take({ headline: 'Other – We Asked Mai Linh Tran What Comes Next for the River' }),
      'other/e.take': take({ headline: 'Other – We Asked Mai Linh Tran What Comes Next for the River' }),
    };
    withTree(tree, (dir) => {
      const r = runCli(['--init', dir]);
      assert.match(r.stdout, /inferred from 2 takes/);
      assert.equal(written(dir).series, TEST_CONFIG.series);
    });
  });

  test('a take that cannot be read is named on stderr and left out; the others still count', () => {
    withTree({ 'a.take': take(), 'b.take': takeBy('Ana Souza', 'y'), 'bad.take': Buffer.from([0x48, 0xff, 0x0a]) }, (dir) => {
      const r = runCli(['--init'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /^commentary-lint: --init skipped bad\.take: .*UTF-8/);
      assert.match(r.stdout, /inferred from 2 takes/);
      assert.equal(written(dir).series, TEST_CONFIG.series);
    });
  });

  test('a symposium.json above the folder is named: the new file now governs these takes', () => {
    withTree({ 'symposium.json': json({ series: 'Old' }), 'takes/a.take': take() }, (dir) => {
      const r = runCli(['--init', 'takes'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /\nNote: symposium\.json governed these takes; takes\/symposium\.json now does instead\.\n$/);
      assert.equal(readFileSync(join(dir, 'symposium.json'), 'utf8'), json({ series: 'Old' }), 'the file above is untouched');
    });
  });

  test('$schema is the relative path of a local npm install when there is one, at or above the folder', () => {
    const schema = { 'node_modules/commentary-lint/schemas/symposium.schema.json': '{}' };
    withTree({ ...schema, 'takes/a.take': take() }, (dir) => {
      assert.equal(runCli(['--init', 'takes'], { cwd: dir }).code, 0);
      assert.equal(written(join(dir, 'takes')).$schema, '../node_modules/commentary-lint/schemas/symposium.schema.json');
      assert.equal(runCli(['--init'], { cwd: dir }).code, 0);
      assert.equal(written(dir).$schema, './node_modules/commentary-lint/schemas/symposium.schema.json');
    });
  });
});

describe('--init refuses', () => {
  test('to overwrite an existing symposium.json: exit 2, a clear message, the file byte-identical', () => {
    const original = Buffer.from('\uFEFF{\r\n  // ours\r\n  "series": "Ours",\r\n}', 'utf8');
    withTree({ 'symposium.json': original, 'a.take': take() }, (dir) => {
      const r = runCli(['--init'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'commentary-lint: symposium.json already exists; --init never overwrites it (edit it, or delete it and run --init again)\n');
      assert.ok(readFileSync(join(dir, 'symposium.json')).equals(original));
    });
  });

  test('to write through a symposium.json that is a dangling symbolic link', () => {
    withTree({ 'symposium.json': { symlink: 'elsewhere.json' } }, (dir) => {
      assert.equal(runCli(['--init', dir]).code, 2);
      assert.equal(readlinkSync(join(dir, 'symposium.json')), 'elsewhere.json');
      assert.equal(existsSync(join(dir, 'elsewhere.json')), false);
    });
  });

  test('a folder that does not exist, or a file: exit 2, nothing created', () => {
    withTree({ 'a.take': take() }, (dir) => {
      const missing = runCli(['--init', 'nope'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'commentary-lint: --init: folder nope does not exist\n');
      assert.equal(existsSync(join(dir, 'nope')), false);
      const file = runCli(['--init', 'a.take'], { cwd: dir });
      assert.equal(file.code, 2);
      assert.equal(file.stderr, 'commentary-lint: --init: a.take is not a folder\n');
    });
  });

  test('an option that lints or reports, or a second folder: a usage error, nothing written', () => {
    withTree({ 'a.take': take(), 'sub/b.take': take() }, (dir) => {
      for (const [args, message] of [
        [['--init', '--fix'], /cannot be combined with --fix/],
        [['--init', '--format', 'json'], /cannot be combined with --format/],
        [['--init', '--config', 'x.json'], /cannot be combined with --config/],
        [['--init', '--stdin'], /cannot be combined with --stdin/],
        [['--init', '.', 'sub'], /--init takes one folder, not 2 paths/],
      ] as const) {
        const r = runCli([...args], { cwd: dir });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, message);
      }
      assert.equal(existsSync(join(dir, 'symposium.json')), false);
      assert.equal(existsSync(join(dir, 'sub', 'symposium.json')), false);
      assert.equal(runCli(['--init', '--no-ignore', 'sub'], { cwd: dir }).code, 0, 'reading options are allowed');
    });
  });

  test('an unwritable folder: exit 2, the reason named', () => {
    withTree({ 'ro/a.take': take() }, (dir) => {
      const ro = join(dir, 'ro');
      chmodSync(dir, 0o755);
      chmodSync(ro, 0o555);
      // root writes anywhere: run the CLI as nobody then, for whom the folder is read-only too
      const asRoot = process.getuid?.() === 0;
      const r = spawnSync(process.execPath, [CLI, '--init', ro], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
      chmodSync(ro, 0o755);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^commentary-lint: cannot write .*ro\/symposium\.json: EACCES: permission denied\n$/);
      assert.equal(existsSync(join(ro, 'symposium.json')), false);
    });
  });
});

test('--help lists --init', () => {
  assert.match(runCli(['--help']).stdout, /--init \[FOLDER\] +write a starter symposium\.json/);
});
