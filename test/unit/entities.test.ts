import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Corpus } from '../../server/src/core/corpus';
import { initials, nameKey } from '../../server/src/core/entities/normalise';
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
