/** The client's user-facing wording, kept free of `vscode` so it can be unit-tested in plain Node. */
import type { ClaimViewItem, WorkspaceSummary } from '../../server/src/protocol';

/** "1 conflict", "2 conflicts". */
function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The status bar text: `Crosscheck: 5 sources · 1 conflict`, or a spinning `indexing…` while the server scans. */
export function statusBarText(summary: WorkspaceSummary): string {
  if (summary.indexing) return '$(sync~spin) Crosscheck: indexing…';
  return `Crosscheck: ${countOf(summary.sources, 'source')} · ${countOf(summary.conflicts, 'conflict')}`;
}

/** The status bar tooltip: the numbers behind the text and what a click does. */
export function statusBarTooltip(summary: WorkspaceSummary): string {
  const counts = `${countOf(summary.claims, 'claim')} stated by more than one source, ${countOf(summary.findings, 'finding')}`;
  return `Crosscheck: ${counts}. Click to open the Problems panel.`;
}

/** The Claims view's description of a claim: its status and how many sources state it. */
export function claimDescription(claim: ClaimViewItem): string {
  const sources = countOf(new Set(claim.mentions.map((mention) => mention.uri)).size, 'source');
  if (claim.status === 'conflict') return `${claim.reviewed ? 'conflict, reviewed' : 'conflict'} · ${sources}`;
  return claim.status === 'agree' ? `agree · ${sources}` : sources;
}

/** The last path segment of a URI, decoded: the file name a person recognises. */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

