/** The semantic token encoder on spans the recognisers do not produce today: across line breaks and overlapping. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationToken } from 'vscode-languageserver';
import type { Corpus } from '../../server/src/core/corpus';
import { LineIndex } from '../../server/src/core/text';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../server/src/lsp/semanticTokens';
import type { WorkspaceView } from '../../server/src/lsp/workspace';

const URI = 'file:///articles/a.txt';

/** A workspace holding one document with the given figure and entity spans, and nothing else. */
function viewOf(text: string, figures: Array<{ start: number; end: number }>, entities: Array<{ start: number; end: number }>): WorkspaceView {
  const corpus = {
    analysis: (uri: string) => (uri === URI ? { figures: figures.map((span) => ({ ...span, kind: 'money' })) } : undefined),
    text: (uri: string) => (uri === URI ? text : undefined),
    results: () => ({
      entityMentions: new Map([[URI, entities.map((span) => ({ ...span, kind: 'place', id: 'place:x', text: text.slice(span.start, span.end) }))]]),
      entities: [],
      claims: [],
    }),
  } as unknown as Corpus;
  const index = new LineIndex(text);
  return { corpus, lineIndex: (uri) => (uri === URI ? index : undefined), version: () => null, configFile: () => null };
}

/** The tokens as absolute [line, character, length, type] rows. */
function decode(data: number[]): Array<[number, number, number, string]> {
  const rows: Array<[number, number, number, string]> = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    rows.push([line, character, data[i + 2]!, SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]!]!]);
  }
  return rows;
}

test('a span across a CRLF line break becomes one token per line, without the line break', () => {
  const text = 'cost $12\r\nbillion in all';
  const view = viewOf(text, [{ start: 5, end: 17 }], []);
  const tokens = semanticTokens(view, { textDocument: { uri: URI } }, CancellationToken.None);
  assert.deepEqual(decode(tokens!.data), [[0, 5, 3, 'number'], [1, 0, 7, 'number']]);
});

test('an entity overlapping a figure gives way to it, and tokens stay in document order', () => {
  const text = 'India 5 trillion Japan';
  const view = viewOf(text, [{ start: 6, end: 16 }], [{ start: 17, end: 22 }, { start: 0, end: 5 }, { start: 4, end: 8 }]);
  const tokens = semanticTokens(view, { textDocument: { uri: URI } }, CancellationToken.None);
  assert.deepEqual(decode(tokens!.data), [[0, 0, 5, 'namespace'], [0, 6, 10, 'number'], [0, 17, 5, 'namespace']]);
});
