/** Linter-style text output: one `path:line:col: severity code message` line per finding, then a summary. */
import type { Corpus } from '../core/corpus';
import { LineIndex } from '../core/text';
import { isReviewed } from '../core/findings';

/** Renders the findings of the corpus as text lines. */
export function textReport(corpus: Corpus, display: (path: string) => string): string {
  const results = corpus.results();
  const lines: string[] = [];
  const indexes = new Map<string, LineIndex>();
  for (const finding of results.findings) {
    const index = indexes.get(finding.path) ?? indexes.set(finding.path, new LineIndex(corpus.text(finding.path) ?? '')).get(finding.path)!;
    const { line, character } = index.positionAt(finding.start);
    lines.push(`${display(finding.path)}:${line + 1}:${character + 1}: ${finding.severity} ${finding.code} ${finding.message}`);
  }
  const conflicts = results.claims.filter((claim) => claim.status === 'conflict' && !isReviewed(claim, corpus.getConfig())).length;
  const shared = results.claims.filter((claim) => claim.status !== 'single').length;
  lines.push(`crosscheck: ${corpus.paths().length} sources · ${shared} shared claim${shared === 1 ? '' : 's'} · ${conflicts} conflict${conflicts === 1 ? '' : 's'} · ${results.findings.length} finding${results.findings.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
