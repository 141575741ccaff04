/** The claims report (`crosscheck/report`): every claim and each source's statement of it, as a Markdown table or CSV. */
import { describeValue } from '../core/format';
import { agreesWithConsensus, claimsView, mentionsInViewOrder, mentionWording } from './claimsView';
import { rangeOf } from './lookup';
import { workspaceSummary } from './summary';
import type { WorkspaceView } from './workspace';

/** The parameters of `crosscheck/report`. */
export interface ReportParams { format: 'markdown' | 'csv' }

/** One row of the report: one source's statement of one claim. */
interface ReportRow {
  claimId: string;
  claim: string;
  status: string;
  reviewed: boolean;
  source: string;
  /** One-based, as people count lines. */
  line: number;
  column: number;
  says: string;
  value: number;
  unit: string;
  agrees: boolean | null;
}

/** The rows of every claim, in the Claims view's order (conflicts first). */
function reportRows(view: WorkspaceView, displayPath: (uri: string) => string): ReportRow[] {
  const results = view.corpus.results();
  const byId = new Map(results.claims.map((claim) => [claim.id, claim]));
  return claimsView(view, { includeSingle: true }).flatMap((item) => {
    const claim = byId.get(item.id)!;
    return mentionsInViewOrder(claim).map((mention) => {
      const start = rangeOf(view, mention.path, mention)?.start ?? { line: 0, character: 0 };
      return {
        claimId: claim.id, claim: claim.label, status: claim.status, reviewed: item.reviewed,
        source: displayPath(mention.path), line: start.line + 1, column: start.character + 1,
        says: mentionWording(view, mention), value: mention.value, unit: mention.unit, agrees: agreesWithConsensus(claim, mention),
      };
    });
  });
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180), inner quotes doubled. */
function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A Markdown table cell: pipes and Markdown punctuation escaped, line breaks folded, so the table keeps its shape. */
function markdownCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ');
}

function csvReport(rows: readonly ReportRow[]): string {
  const header = ['claim_id', 'claim', 'status', 'reviewed', 'source', 'line', 'column', 'says', 'value', 'unit', 'agrees_with_consensus'];
  const lines = rows.map((row) => [row.claimId, row.claim, row.status, row.reviewed, row.source, row.line, row.column, row.says, row.value, row.unit, row.agrees].map(csvField).join(','));
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

function markdownReport(view: WorkspaceView, rows: readonly ReportRow[]): string {
  const summary = workspaceSummary(view, false);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const lines = [
    '# Crosscheck report', '',
    `${plural(summary.sources, 'source')} · ${plural(summary.claims, 'shared claim')} · ${plural(summary.conflicts, 'conflict')} to review · ${plural(summary.findings, 'finding')}`, '',
    '| Claim | Status | Source | Line | Says | Value | Agrees with consensus |',
    '|---|---|---|---:|---|---:|---|',
  ];
  let previousClaim: string | null = null;
  for (const row of rows) {
    // The claim and its status head its first row only, so each claim reads as one block.
    const first = row.claimId !== previousClaim;
    previousClaim = row.claimId;
    const status = row.reviewed ? `${row.status} (reviewed)` : row.status;
    const agrees = row.agrees === null ? '—' : row.agrees ? 'yes' : '**no**';
    lines.push(`| ${first ? markdownCell(row.claim) : ''} | ${first ? status : ''} | ${markdownCell(row.source)} | ${row.line} | ${markdownCell(row.says)} | ${markdownCell(describeValue(row.value, row.unit))} | ${agrees} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report in the requested format; source paths are written as `displayPath` gives them. */
export function claimsReport(view: WorkspaceView, params: ReportParams, displayPath: (uri: string) => string): string {
  const rows = reportRows(view, displayPath);
  return params.format === 'csv' ? csvReport(rows) : markdownReport(view, rows);
}
