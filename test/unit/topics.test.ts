import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/core/corpus';
import { projectPath } from '../support/paths';

const topicsRoot = projectPath('test/fixtures/topics');

for (const topic of readdirSync(topicsRoot).sort()) {
  test(`topic ${topic}: exactly the genuine conflict is flagged`, () => {
    const folder = join(topicsRoot, topic);
    const corpus = new Corpus();
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) corpus.upsert(name, readFileSync(join(folder, name), 'utf8'));
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { flagged: Record<string, string[]> };
    const flagged: Record<string, string[]> = {};
    for (const finding of corpus.results().findings) {
      (flagged[finding.path] ??= []).push(corpus.text(finding.path)!.slice(finding.start, finding.end));
    }
    assert.deepEqual(flagged, expected.flagged);
  });
}
