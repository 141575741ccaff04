import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Corpus } from '../../server/src/core/corpus';
import { initials, nameKey } from '../../server/src/core/entities/normalise';
import { textOrder } from '../../server/src/core/entities/resolve';
import { projectPath } from '../support/paths';

interface AliasCase { name: string; documents: string[]; same: string[] }
const cases = JSON.parse(readFileSync(projectPath('test/fixtures/entity-aliases.json'), 'utf8')) as AliasCase[];

for (const { name, documents, same } of cases) {
  test(`aliases: ${name}`, () => {
    const corpus = new Corpus();
    documents.forEach((text, index) => corpus.upsert(`doc${index}.txt`, text));
    const mentions = corpus.results().entityMentions.entries().flatMap(([, mentions]) => mentions);
    const ids = same.map((form) => {
      const mention = mentions.find((item) => item.text === form);
      assert.ok(mention, `no entity mention "${form}"`);
      return mention.id;
    });
    assert.deepEqual(new Set(ids).size, 1, `${same.join(' / ')} have ids ${ids.join(', ')}`);
  });
}

test('a name with a word that is also a property of every object ("constructor") keeps that word in its key', () => {
  assert.equal(nameKey('Constructor Holdings of Toronto', false), 'constructor holdings of toronto');
  assert.equal(initials('Office for Constructor Standards'), 'OCS');
});

test('listing order: merging a document\'s mentions and candidates gives the order sorting them would', () => {
  const span = fc.record({ start: fc.nat(40), length: fc.nat(8) }).map(({ start, length }) => ({ start, end: start + length }));
  const textually = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
  fc.assert(fc.property(
    fc.array(span, { maxLength: 5 }), fc.array(span, { maxLength: 20 }), fc.array(span, { maxLength: 20 }), fc.boolean(), fc.boolean(),
    (before, mentions, candidates, sortMentions, sortCandidates) => {
      // Each run is usually in text order already; unsorted runs exercise the fallback.
      if (sortMentions) mentions.sort(textually);
      if (sortCandidates) candidates.sort(textually);
      const names = [...before, ...mentions, ...candidates];
      const first = before.length;
      const split = first + mentions.length;
      const expected = names.map((_, number) => number).slice(first).sort((a, b) => textually(names[a]!, names[b]!) || a - b);
      assert.deepEqual(textOrder(names, first, split, names.length), expected);
    },
  ), { numRuns: 500, seed: 7 });
});
