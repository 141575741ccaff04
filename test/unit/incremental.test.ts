import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Corpus, type CorpusResults } from '../../server/src/core/corpus';
import { projectPath } from '../support/paths';

const EDIT_SEED = 20261123;

function articlesUnder(folder: string): Array<[string, string]> {
  return readdirSync(folder).flatMap((name): Array<[string, string]> => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return articlesUnder(path);
    return /\.(txt|md)$/.test(name) ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}

const ARTICLES = [...articlesUnder(projectPath('seeds')), ...articlesUnder(projectPath('test', 'eval', 'articles'))];

/** Everything but the generation, which tells patched results from recomputed ones; entity mentions as listed. */
function comparable(results: CorpusResults): unknown {
  const { generation: _generation, entityMentions, ...rest } = results;
  return { ...rest, entityMentions: entityMentions.entries(), mentionsByEntity: results.entities.map((entity) => entityMentions.ofEntity(entity.id)) };
}

function recomputed(texts: ReadonlyMap<string, string>): CorpusResults {
  const corpus = new Corpus();
  for (const [path, text] of texts) corpus.upsert(path, text);
  return corpus.results();
}

/** Two sources of one claim that disagree. */
const PLEDGE_68 = 'Japan will invest $68 billion in India over the next decade, Prime Minister Shigeru Ishiba said.';
const PLEDGE_60 = 'Japan plans to invest $60 billion in India over the next decade, Ishiba told reporters.';

/** A corpus of `texts`, with its first results computed. */
function corpusOf(texts: ReadonlyMap<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [path, text] of texts) corpus.upsert(path, text);
  corpus.results();
  return corpus;
}

/** Gives a document a new text, in `texts` and in the corpus, and checks the results against results computed from scratch. */
function editChecked(corpus: Corpus, texts: Map<string, string>, path: string, text: string): CorpusResults {
  texts.set(path, text);
  corpus.upsert(path, text);
  const results = corpus.results();
  assert.deepStrictEqual(comparable(results), comparable(recomputed(texts)));
  return results;
}

type Edit = { kind: 'digit'; document: number; figure: number; digit: number } | { kind: 'insert'; document: number; at: number; words: string }
  | { kind: 'reword'; document: number; figure: number; words: string } | { kind: 'drop'; document: number; figure: number }
  | { kind: 'move'; document: number; at: number };

/**
 * Applies an edit to a text: a digit of one figure retyped, words (which may state a figure) typed at a sentence
 * boundary, a sentence moved to the start, words typed before a figure, or a figure deleted.
 */
function applyEdit(corpus: Corpus, path: string, edit: Edit): string {
  const text = corpus.text(path)!;
  const boundaries = [...text.matchAll(/\. /g)].map((match) => match.index + 2);
  if (edit.kind === 'insert') {
    const at = boundaries.length === 0 ? text.length : boundaries[edit.at % boundaries.length]!;
    return `${text.slice(0, at)}${edit.words} ${text.slice(at)}`;
  }
  if (edit.kind === 'move') {
    if (boundaries.length < 2) return text;
    const k = edit.at % (boundaries.length - 1);
    const [start, end] = [boundaries[k]!, boundaries[k + 1]!];
    return `${text.slice(start, end)}${text.slice(0, start)}${text.slice(end)}`;
  }
  const figures = corpus.analysis(path)!.figures.filter((figure) => figure.kind !== 'date' && /\d/.test(figure.text));
  if (figures.length === 0) return text;
  const figure = figures[edit.figure % figures.length]!;
  if (edit.kind === 'reword') return `${text.slice(0, figure.start)}${edit.words} ${text.slice(figure.start)}`;
  if (edit.kind === 'drop') return `${text.slice(0, figure.start)}${text.slice(figure.end)}`;
  const digits = [...figure.text.matchAll(/\d/g)];
  const position = figure.start + digits[edit.digit % digits.length]!.index;
  const replacement = String((Number(text[position]) + 1 + (edit.digit % 8)) % 10);
  return `${text.slice(0, position)}${replacement}${text.slice(position + 1)}`;
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('digit' as const), document: fc.nat(), figure: fc.nat(), digit: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), document: fc.nat(), at: fc.nat(), words: fc.constantFrom('It was not said when.', 'Officials in Paris agreed.', 'The figure was disputed.', 'Analysts at Northwind Capital agreed.', 'Talks with Quorvex stalled.', 'Officials said so.', 'Quorv') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reword' as const), document: fc.nat(), figure: fc.nat(), words: fc.constantFrom('a planned loan of', 'exports worth', 'reportedly') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), document: fc.nat(), at: fc.nat(), words: fc.constantFrom('Exports rose to $4.2 billion last year.', 'The budget was cut by 12 percent.', 'About 1,200 workers lost their jobs.', 'The pledge of 10 trillion yen stands.') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), document: fc.nat(), figure: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), document: fc.nat(), at: fc.nat() }) },
);

test('results patched after edits equal results computed from scratch, and most figure edits are patched', () => {
  let patched = 0;
  let edits = 0;
  fc.assert(
    fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (batches) => {
      const corpus = new Corpus();
      const texts = new Map(ARTICLES);
      for (const [path, text] of texts) corpus.upsert(path, text);
      const paths = [...texts.keys()];
      for (const batch of batches) {
        const generation = corpus.results().generation;
        for (const change of batch) {
          const path = paths[change.document % paths.length]!;
          const text = applyEdit(corpus, path, change);
          texts.set(path, text);
          corpus.upsert(path, text);
        }
        const results = corpus.results();
        edits++;
        if (results.generation === generation) patched++;
        assert.deepStrictEqual(comparable(results), comparable(recomputed(texts)));
      }
    }),
    { seed: EDIT_SEED, numRuns: 50 },
  );
  assert.ok(patched * 2 > edits, `only ${patched} of ${edits} batches of edits were patched`);
});

test('an edit that renames an entity resolves the entities afresh: new generation, new mentions', () => {
  const corpus = new Corpus();
  corpus.upsert('a.txt', PLEDGE_68);
  corpus.upsert('b.txt', PLEDGE_60);
  const before = corpus.results();
  corpus.upsert('b.txt', 'France plans to invest $60 billion in India over the next decade, Ishiba told reporters.');
  const after = corpus.results();
  assert.notEqual(after.generation, before.generation);
  assert.deepEqual(after.entityMentions.get('b.txt')!.map((mention) => mention.text), ['France', 'India', 'Ishiba']);
});

test('an edit that adds a name elsewhere patches the claims: findings it does not touch keep their lists', () => {
  const corpus = new Corpus();
  corpus.upsert('a.txt', PLEDGE_68);
  corpus.upsert('b.txt', PLEDGE_60);
  corpus.upsert('c.txt', 'Exports from Brazil rose 12 percent last year.');
  const before = corpus.results();
  const edited = 'Exports from Brazil rose 12 percent last year. Analysts at Northwind Capital agreed.';
  corpus.upsert('c.txt', edited);
  const after = corpus.results();
  assert.notEqual(after.generation, before.generation);
  assert.equal(after.findingsByPath.get('a.txt'), before.findingsByPath.get('a.txt'));
  const claimOfA = (results: CorpusResults) => results.claims.find((claim) => claim.mentions.some((mention) => mention.path === 'a.txt'));
  assert.equal(claimOfA(after), claimOfA(before));
  assert.deepEqual(after.entityMentions.get('c.txt')!.map((mention) => [mention.text, mention.kind]), [['Brazil', 'place'], ['Northwind Capital', 'organization']]);
  assert.deepStrictEqual(comparable(after), comparable(recomputed(new Map([['a.txt', corpus.text('a.txt')!], ['b.txt', corpus.text('b.txt')!], ['c.txt', edited]]))));
});

test('a retyped figure is patched: its claim and both documents\' findings follow, the entities move with the text', () => {
  const corpus = new Corpus();
  corpus.upsert('a.txt', PLEDGE_68);
  corpus.upsert('b.txt', PLEDGE_60);
  const before = corpus.results();
  assert.deepEqual(before.findings.map((finding) => finding.path), ['a.txt', 'b.txt']);
  corpus.upsert('b.txt', 'Japan plans to invest $68.0 billion in India over the next decade, Ishiba told reporters.');
  const after = corpus.results();
  assert.equal(after.generation, before.generation);
  assert.deepEqual(after.findings, []);
  assert.deepEqual([...after.findingsByPath.keys()], []);
  assert.deepEqual(after.claims.map((claim) => [claim.status, claim.mentions.map((mention) => mention.value)]), [['agree', [68e9, 68e9]]]);
  assert.deepEqual(after.entityMentions.get('b.txt')!.map((mention) => [mention.text, mention.start]), [['Japan', 0], ['India', 39], ['Ishiba', 67]]);
});

test('an edit that states a new figure or deletes one is patched, every later document\'s mentions renumbered', () => {
  const texts = new Map([
    ['a.txt', PLEDGE_68],
    ['b.txt', PLEDGE_60],
    ['c.txt', 'The budget was cut by 12 percent last year. Japan plans to invest $68 billion in India over the next decade.'],
  ]);
  const corpus = corpusOf(texts);
  const { generation } = corpus.results();
  const claimsAfter = (path: string, text: string) => {
    const results = editChecked(corpus, texts, path, text);
    assert.equal(results.generation, generation, `the edit of ${path} was patched`);
    return results.claims.map((claim) => [claim.id, claim.status, claim.mentions.map((mention) => [mention.path, mention.value])]);
  };
  // a.txt gains a mention: b.txt's and c.txt's move up by one, and the claim c.txt's budget cut was numbered first is a.txt's now.
  assert.deepEqual(claimsAfter('a.txt', `${texts.get('a.txt')!} The budget was cut by 15 percent last year.`), [
    ['budget-percent-earlier', 'single', [['a.txt', 15]]],
    ['budget-percent-earlier-2', 'single', [['c.txt', 12]]],
    ['investment-amount-india-japan-10-years', 'conflict', [['a.txt', 68e9], ['b.txt', 60e9]]],
    ['investment-amount-india-japan-10-years-2', 'single', [['c.txt', 68e9]]],
  ]);
  // b.txt loses its only mention, and with it the conflict.
  assert.deepEqual(claimsAfter('b.txt', 'Japan plans to invest in India over the next decade, Ishiba told reporters.'), [
    ['budget-percent-earlier', 'single', [['a.txt', 15]]],
    ['budget-percent-earlier-2', 'single', [['c.txt', 12]]],
    ['investment-amount-india-japan-10-years', 'single', [['a.txt', 68e9]]],
    ['investment-amount-india-japan-10-years-2', 'single', [['c.txt', 68e9]]],
  ]);
});

test('typing a capitalised word that names nothing is patched without resolving names afresh, until the word recurs', () => {
  const texts = new Map([
    ['a.txt', PLEDGE_68],
    ['b.txt', `${PLEDGE_60} Talks with Quorvex stalled.`],
    ['c.txt', 'Exports from Brazil rose 12 percent last year.'],
  ]);
  const corpus = corpusOf(texts);
  const { generation } = corpus.results();
  const type = (path: string, words: string) => editChecked(corpus, texts, path, `${texts.get(path)!} ${words}`);
  const base = texts.get('c.txt')!;
  for (const typed of ['T', 'Ta', 'Talks with Q', 'Talks with Quor', 'Talks with Quorvex']) {
    texts.set('c.txt', base);
    assert.equal(type('c.txt', typed).generation, generation, `"${typed}" was patched`);
  }
  assert.deepEqual(corpus.results().entities.map((entity) => entity.name), ['Shigeru Ishiba', 'Brazil', 'India', 'Japan']);
  // A third "Quorvex" inside a sentence makes it a recurring name, an organisation: every document's names are resolved afresh.
  const recurring = type('a.txt', 'Quorvex declined to comment.');
  assert.notEqual(recurring.generation, generation);
  assert.deepEqual(recurring.entities.map((entity) => [entity.name, entity.kind, entity.sources]), [
    ['Quorvex', 'organization', 3], ['Shigeru Ishiba', 'person', 2], ['Brazil', 'place', 1], ['India', 'place', 2], ['Japan', 'place', 2],
  ]);
});

test('a typed name that makes its topic too common to tie stories together is not patched: other documents\' topics change', () => {
  // 44 documents, 40 of them naming "Zarvo Kelt": one in twenty would be 2.2, so up to 40 still counts as distinctive.
  const texts = new Map<string, string>();
  for (let n = 0; n < 44; n++) {
    const stake = `paid $${n + 2} million for the stake in Lisbon.`;
    texts.set(`d${String(n).padStart(2, '0')}.txt`, n < 40 ? `The firm signed a deal with Zarvo Kelt on ${n + 1} May. It ${stake}` : `The firm ${stake}`);
  }
  const corpus = corpusOf(texts);
  const { generation } = corpus.results();
  const type = (path: string) => editChecked(corpus, texts, path, `${texts.get(path)!} A deal with Zarvo Kelt followed.`).generation;
  // In a document that names it already, the topic's count stays at 40.
  assert.equal(type('d00.txt'), generation);
  assert.notEqual(type('d41.txt'), generation);
});

test('a typed name relates two documents only when the other has it too: then their claims are linked again', () => {
  const texts = new Map([
    ['a.txt', 'Talks with Quorvex stalled. Exports rose 12 percent last year.'],
    ['b.txt', 'Exports rose 15 percent last year.'],
  ]);
  const corpus = corpusOf(texts);
  const { generation } = corpus.results();
  const claimsAfter = (text: string) => {
    const results = editChecked(corpus, texts, 'b.txt', text);
    assert.equal(results.generation, generation, `"${text}" was patched`);
    return results.claims.map((claim) => [claim.id, claim.status, claim.mentions.map((mention) => mention.path)]);
  };
  assert.deepEqual(claimsAfter('Exports rose 15 percent last year. Talks with Zorblat resumed.'), [
    ['growth-percent-earlier', 'single', ['a.txt']],
    ['growth-percent-earlier-2', 'single', ['b.txt']],
  ]);
  assert.deepEqual(claimsAfter('Exports rose 15 percent last year. Talks with Quorvex resumed.'), [
    ['growth-percent-earlier', 'conflict', ['a.txt', 'b.txt']],
  ]);
});

test('a resolved name moved past another name by one edit is listed in its new place', () => {
  const texts = new Map([['a.txt', PLEDGE_68], ['b.txt', PLEDGE_60]]);
  const corpus = corpusOf(texts);
  const results = editChecked(corpus, texts, 'b.txt', 'Reporters heard Ishiba say Japan plans to invest $60 billion in India over the next decade.');
  assert.deepEqual(results.entityMentions.get('b.txt')!.map((mention) => [mention.text, mention.start]), [['Ishiba', 16], ['Japan', 27], ['India', 64]]);
});
