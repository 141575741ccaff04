import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus';

const ARTICLE = 'Japan will invest $68 billion in India over the next decade, officials in Tokyo said.';

test('1,000 edits to one document leave one analysis behind, and the results follow the last text', () => {
  const corpus = new Corpus();
  for (let edit = 0; edit < 1000; edit++) corpus.upsert('a.txt', ARTICLE.replace('68', String(edit)));
  assert.equal(corpus.analysisCount(), 1);
  assert.deepEqual(corpus.analysis('a.txt')!.figures.map((figure) => figure.text), ['$999 billion', 'over the next decade']);
});

test('documents with the same text share one analysis until the last of them goes', () => {
  const corpus = new Corpus();
  corpus.upsert('a.txt', ARTICLE);
  corpus.upsert('b.txt', ARTICLE);
  assert.equal(corpus.analysisCount(), 1);
  corpus.remove('a.txt');
  assert.equal(corpus.analysisCount(), 1);
  corpus.upsert('b.txt', `${ARTICLE} More later.`);
  assert.equal(corpus.analysisCount(), 1);
  corpus.remove('b.txt');
  assert.equal(corpus.analysisCount(), 0);
});

test('an unchanged text is not re-analysed and reports no change', () => {
  const corpus = new Corpus();
  assert.equal(corpus.upsert('a.txt', ARTICLE), true);
  const first = corpus.analysis('a.txt');
  assert.equal(corpus.upsert('a.txt', ARTICLE), false);
  assert.equal(corpus.analysis('a.txt'), first);
});
