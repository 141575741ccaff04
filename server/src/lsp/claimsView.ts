/** The Claims view (`crosscheck/claims`): every claim with each source's statement of it, conflicts first. */
import type { ClaimMentionRecord, ClaimRecord } from '../core/claims/index';
import type { ClaimViewItem, ClaimViewMention } from '../protocol';
import { isReviewedConflict, rangeOf } from './lookup';
import type { WorkspaceView } from './workspace';

/** The parameters of `crosscheck/claims`. */
export interface ClaimsParams { includeSingle: boolean }

/** Longest excerpt of a mention's sentence, in characters: enough to recognise it in a tooltip. */
const MAX_EXCERPT = 200;

/** Conflicts still to review, then reviewed conflicts, then agreements, then claims only one source states. */
function rank(item: ClaimViewItem): number {
  if (item.status === 'conflict') return item.reviewed ? 1 : 0;
  return item.status === 'agree' ? 2 : 3;
}

/** The sentence a mention stands in, on one line, cut around the mention when it is long. */
function excerpt(view: WorkspaceView, mention: ClaimMentionRecord): string {
  const text = view.corpus.text(mention.path) ?? '';
  const analysis = view.corpus.analysis(mention.path);
  const sentence = analysis?.mentions[mention.mentionIndex]?.sentenceSpan ?? mention;
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_EXCERPT) {
    const margin = Math.max(0, Math.floor((MAX_EXCERPT - (mention.end - mention.start)) / 2));
    // Centred on the mention, slid back inside the sentence when the mention is near its end.
    start = Math.max(start, Math.min(mention.start - margin, end - MAX_EXCERPT));
    end = Math.min(end, start + MAX_EXCERPT);
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > sentence.start ? '…' : ''}${body}${end < sentence.end ? '…' : ''}`;
}

/** What a source says, in its own words: the figure's text, both expressions of a paired mention ("2 trillion won / USD 1.5 billion"). */
export function mentionWording(view: WorkspaceView, mention: ClaimMentionRecord): string {
  const figures = view.corpus.analysis(mention.path)?.figures ?? [];
  return mention.figures.map((index) => figures[index]?.text.replace(/\s+/g, ' ') ?? '').join(' / ');
}

/** A claim's mentions in view order: by document, then position. */
export function mentionsInViewOrder(claim: ClaimRecord): ClaimMentionRecord[] {
  return [...claim.mentions].sort((a, b) => a.path.localeCompare(b.path) || a.start - b.start);
}

/** Whether a mention is in the claim's consensus group; null for a single-source claim or when no group has the most sources. */
export function agreesWithConsensus(claim: ClaimRecord, mention: ClaimMentionRecord): boolean | null {
  return claim.status === 'single' || claim.consensus === null ? null : mention.group === claim.consensus;
}

function viewMention(view: WorkspaceView, claim: ClaimRecord, mention: ClaimMentionRecord): ClaimViewMention {
  const start = rangeOf(view, mention.path, mention)?.start ?? { line: 0, character: 0 };
  return {
    uri: mention.path, line: start.line, character: start.character,
    text: excerpt(view, mention), value: mentionWording(view, mention), agreesWithConsensus: agreesWithConsensus(claim, mention),
  };
}

/** The claims of the corpus in view order, each with its mentions in view order. */
export function claimsView(view: WorkspaceView, params: ClaimsParams | null | undefined): ClaimViewItem[] {
  const config = view.corpus.getConfig();
  const items: ClaimViewItem[] = [];
  for (const claim of view.corpus.results().claims) {
    if (claim.status === 'single' && !params?.includeSingle) continue;
    items.push({
      id: claim.id, label: claim.label, status: claim.status, reviewed: isReviewedConflict(claim, config),
      mentions: mentionsInViewOrder(claim).map((mention) => viewMention(view, claim, mention)),
    });
  }
  // Array.prototype.sort is stable: within a rank the core's order (by id) stays.
  return items.sort((a, b) => rank(a) - rank(b));
}
