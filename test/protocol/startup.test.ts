/**
 * Start-up on a large folder: an article the user opens is analysed first, and a hover on it is answered while the
 * rest of the folder is still being indexed; code lenses, which are about the other sources, come once the index is
 * complete, and so does what the hover says of the other sources.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CodeLensRequest, HoverRequest, type Hover } from 'vscode-languageserver-protocol/node';
import { Session, positionOf, seed, waitFor } from './session';

const FOLDERS = 40;
const FILES_PER_FOLDER = 200;

/** The n-th filler article: a dated note about a town, with a duration and no claim. */
function filler(n: number): string {
  return `Notes ${n}. The reading room in Glenby reopened on March ${1 + (n % 28)}, 2024, after ${1 + (n % 12)} weeks of repairs.\n`;
}

function markdownOf(hover: Hover | null): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

test('a hover on an open article is answered before the index of 8,000 articles is complete, code lenses once it is, and the hover shows the other sources after it', { timeout: 120_000 }, async (t) => {
  const session = new Session();
  t.after(() => session.close());
  for (let folder = 0; folder < FOLDERS; folder++) {
    const path = `filler/${String(folder).padStart(2, '0')}`;
    mkdirSync(session.path(path), { recursive: true });
    for (let file = 0; file < FILES_PER_FOLDER; file++) writeFileSync(session.path(`${path}/note-${file}.txt`), filler(folder * FILES_PER_FOLDER + file));
  }
  const dissenting = seed('004');
  const hoverOnFigure = () => session.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: session.uri(dissenting) }, position: positionOf(session.text(dissenting), '$6 billion'),
  });

  await session.initialize();
  await session.open(dissenting);
  await waitFor('indexing to be under way', () => (session.progress.some((report) => report.kind === 'report' && (report.percentage ?? 0) >= 1) ? true : undefined), () => session.log());
  const lenses = session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: session.uri(dissenting) } });
  const early = markdownOf(await hoverOnFigure());
  assert.notEqual(session.progress.at(-1)?.kind, 'end', 'the hover came back before the index was complete');
  assert.ok(early.includes('**$6 billion** = 6.0 × 10⁹ USD'), early);
  // A code lens is about the other sources: asked for during the index, it is answered once the index is complete.
  const titles = (await lenses ?? []).map((lens) => lens.command?.title);
  assert.equal(session.progress.at(-1)?.kind, 'end', 'the lenses came back after the index was complete');
  assert.equal(titles.length, 6);
  assert.match(titles[0]!, /^⚠ 4 sources say .* · 1 says /);

  await waitFor('the index to complete', () => (session.progress.at(-1)?.kind === 'end' ? true : undefined), () => session.log());
  const late = markdownOf(await hoverOnFigure());
  assert.ok(late.includes('**Claim:** investment amount · India, Japan · 10 years (conflict)'), late);
  assert.ok(late.includes(seed('000').replace(/_/g, '\\_')), late);
});
