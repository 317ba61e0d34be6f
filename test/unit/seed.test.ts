// The real published take in shared/seeds, linted as its symposium would: the acceptance check of issue 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_SEED, readSeed } from '../helpers/seed';
import { LineIndex, fixText, lintText, parseSymposium } from '../../server/src/core';
import { SPELLERS } from '../helpers/rule-cases';

const CONFIG = {
  series: 'The Hanoi Summit',
  headline: '{series} – We Asked {contributor} What Happens Next in U.S.-North Korea Relations',
  editorsNote:
    'Looking for more opinions on where we go after the Hanoi summit? Check out all 80 expert takes on where U.S-North Korea relations go next here.',
  imageCredit: 'Reuters',
};

test('the seed take reports its’ on line 5 and nothing on its headline, byline or image credit', { skip: NO_SEED }, () => {
  const text = readSeed();
  const symposium = parseSymposium(JSON.stringify(CONFIG), '/hanoi/symposium.json', '/hanoi').symposium!;
  const { findings, take } = lintText(text, { symposium, filePath: '/hanoi/hanoi-zhu-feng.take' });
  const lines = new LineIndex(text);
  const at = findings.map((f) => ({ ...f, line: lines.position(f.start).line + 1 }));
  const its = at.filter((f) => f.ruleId === 'possessive-its');
  assert.deepEqual(
    its.map((f) => [f.line, text.slice(f.start, f.end)]),
    [[5, 'its’']],
  );
  for (const part of [take.headline!, take.byline!, take.imageCredit!, take.editorsNote!]) {
    const onPart = at.filter((f) => f.start < part.end && f.end > part.start);
    assert.deepEqual(
      onPart.map((f) => `${f.ruleId}: ${f.message}`),
      [],
      `nothing on the ${part.kind} (line ${part.line + 1})`,
    );
  }
  assert.deepEqual(
    take.byline?.people.map((p) => p.name.text),
    ['Zhu Feng'],
  );
  assert.deepEqual(
    take.headline?.contributors.map((n) => n.text),
    ['Zhu Feng'],
  );
});

test('fixing the seed converges and leaves no fixable finding', { skip: NO_SEED }, () => {
  const text = readSeed();
  const symposium = parseSymposium(JSON.stringify(CONFIG), '/hanoi/symposium.json', '/hanoi').symposium!;
  const fixed = fixText(text, { symposium, filePath: '/hanoi/hanoi-zhu-feng.take' });
  assert.ok(fixed.passes <= 3, `converged in ${fixed.passes} passes`);
  assert.deepEqual(
    fixed.result.findings.filter((f) => f.fix).map((f) => f.ruleId),
    [],
  );
  assert.ok(fixed.output.includes('for its survival'));
  assert.ok(fixed.output.includes('U.S-North Korea relations go next here'), 'configured boilerplate is never "corrected"');
});

test('with American spelling the seed reports does not appears on line 4 and no spelling or dialect finding on its real words', { skip: NO_SEED }, () => {
  const text = readSeed();
  const symposium = parseSymposium(JSON.stringify({ ...CONFIG, spelling: 'american' }), '/hanoi/symposium.json', '/hanoi').symposium!;
  const { findings } = lintText(text, { symposium, filePath: '/hanoi/hanoi-zhu-feng.take', spellers: SPELLERS });
  const lines = new LineIndex(text);
  const language = findings
    .filter((f) => ['verb-agreement', 'spelling', 'dialect-spelling', 'indefinite-article', 'house-terms'].includes(f.ruleId))
    .map((f) => [f.ruleId, lines.position(f.start).line + 1, text.slice(f.start, f.end)]);
  assert.deepEqual(language, [['verb-agreement', 4, 'appears']]);
});
