import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { projectPath } from '../support/paths';
import { foldText } from '../../server/src/core/text';
import { intervalOf, recogniseFigures, tokenize } from '../../server/src/core/figures/index';

interface ExpectedFigure { text: string; kind: string; value?: number; unit?: string; qualifier?: string; iso?: string }
const cases = JSON.parse(readFileSync(projectPath('test/fixtures/figures.json'), 'utf8')) as Array<{ text: string; figures: ExpectedFigure[] }>;

function figuresOf(text: string) {
  return recogniseFigures(text, tokenize(foldText(text)));
}

for (const { text, figures: expected } of cases) {
  test(`figures in ${JSON.stringify(text)}`, () => {
    const actual = figuresOf(text).map((figure) => {
      const shown: ExpectedFigure = { text: figure.text, kind: figure.kind };
      const wanted = expected.find((item) => item.text === figure.text);
      if (wanted?.value !== undefined) shown.value = figure.value;
      if (wanted?.unit !== undefined) shown.unit = figure.unit;
      if (wanted?.qualifier !== undefined) shown.qualifier = figure.qualifier ?? '';
      if (wanted?.iso !== undefined) shown.iso = figure.iso ?? '';
      return shown;
    });
    assert.deepEqual(actual, expected);
    for (const figure of figuresOf(text)) assert.equal(text.slice(figure.start, figure.end), figure.text);
  });
}

test('precision widens "$68 billion" to 67.5-68.5 billion', () => {
  assert.deepEqual(intervalOf(68e9, 1e9, null), [67.5e9, 68.5e9]);
});

test('qualifiers widen intervals: about is ±5%, over is open above, up to keeps the ceiling', () => {
  assert.deepEqual(intervalOf(100, 1, 'approximate'), [95, 105]);
  assert.deepEqual(intervalOf(100, 1, 'at-least'), [99.5, Number.POSITIVE_INFINITY]);
  assert.deepEqual(intervalOf(100, 1, 'at-most'), [50, 100.5]);
});

test('a range keeps both ends', () => {
  const [figure] = figuresOf('a $5-6 billion plan');
  assert.equal(figure!.value, 5.5e9);
  assert.deepEqual([figure!.low, figure!.high], [4.725e9, 6.275e9]);
});
