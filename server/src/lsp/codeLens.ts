/** Code lenses: above each figure of a conflicting claim, what the sources say (`⚠ 4 sources say €52 billion · 1 says €5.2 billion`). */
import type { CancellationToken, CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { ClaimRecord } from '../core/claims/index';
import type { Figure } from '../core/types';
import { isReviewedConflict, rangeOf } from './lookup';
import { canonicalUri } from './uris';
import type { WorkspaceView } from './workspace';

/** The client command a lens runs, with the claim id as its argument: the extension reveals the claim. */
export const SHOW_CLAIM_COMMAND = 'crosscheck.showClaim';

/**
 * How one value group of a claim is written: the most frequent wording among its figures, preferring figures in
 * `unit` so a figure in yen is compared with other yen amounts where the sources give them.
 */
function groupWording(view: WorkspaceView, claim: ClaimRecord, group: number, unit: string): string {
  const figures: Figure[] = claim.mentions
    .filter((mention) => mention.group === group)
    .flatMap((mention) => mention.figures.map((index) => view.corpus.analysis(mention.path)?.figures[index]).filter((figure) => figure !== undefined));
  const sameUnit = figures.filter((figure) => figure.unit === unit);
  const counts = new Map<string, number>();
  for (const figure of sameUnit.length > 0 ? sameUnit : figures) {
    const wording = figure.text.replace(/\s+/g, ' ');
    counts.set(wording, (counts.get(wording) ?? 0) + 1);
  }
  // Map order is first-seen order, so ties go to the earliest source.
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** The lens title for a figure of a conflicting claim: every value group, the most widely reported first. */
export function conflictTitle(view: WorkspaceView, claim: ClaimRecord, figure: Figure): string {
  const groups = claim.groupSources.map((sources, group) => ({ sources, group })).sort((a, b) => b.sources - a.sources || a.group - b.group);
  const parts = groups.map(({ sources, group }, position) => {
    const verb = sources === 1 ? 'says' : 'say';
    const who = position === 0 ? `${sources} ${sources === 1 ? 'source' : 'sources'}` : String(sources);
    return `${who} ${verb} ${groupWording(view, claim, group, figure.unit)}`;
  });
  return `⚠ ${parts.join(' · ')}`;
}

/** One lens per figure of a document that states a conflicting claim not marked reviewed. */
export function codeLenses(view: WorkspaceView, params: CodeLensParams, token: CancellationToken): CodeLens[] | null {
  if (token.isCancellationRequested) return null;
  const uri = canonicalUri(params.textDocument.uri);
  const analysis = view.corpus.analysis(uri);
  if (!analysis) return null;
  const config = view.corpus.getConfig();
  const lenses: CodeLens[] = [];
  for (const claim of view.corpus.results().claims) {
    if (claim.status !== 'conflict' || isReviewedConflict(claim, config)) continue;
    for (const mention of claim.mentions) {
      if (mention.path !== uri) continue;
      for (const index of mention.figures) {
        const figure = analysis.figures[index]!;
        const range = rangeOf(view, uri, figure);
        if (range) lenses.push({ range, command: { title: conflictTitle(view, claim, figure), command: SHOW_CLAIM_COMMAND, arguments: [claim.id] } });
      }
    }
  }
  return lenses.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
