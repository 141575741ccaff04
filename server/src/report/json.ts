/** The CLI's JSON report, exactly as the design's contract describes it. */
import type { Corpus } from '../core/corpus';

/** The tool block every report carries. */
export interface ToolInfo { name: string; version: string }

/** Builds the JSON report object for every document of the corpus; `display` maps corpus paths to printed paths. */
export function jsonReport(corpus: Corpus, tool: ToolInfo, display: (path: string) => string): object {
  const results = corpus.results();
  const documents = corpus.paths().map((path) => {
    const analysis = corpus.analysis(path)!;
    const claimsOfFigures = results.figureClaims.get(path) ?? [];
    return {
      path: display(path),
      date: analysis.date?.iso ?? null,
      figures: analysis.figures.map((figure, index) => ({
        text: figure.text, start: figure.start, end: figure.end, kind: figure.kind, value: figure.kind === 'date' ? figure.iso : figure.value,
        unit: figure.unit, qualifier: figure.qualifier, claim: claimsOfFigures[index] ?? null,
      })),
      entities: (results.entityMentions.get(path) ?? []).map((entity) => ({
        text: entity.text, start: entity.start, end: entity.end, kind: entity.kind, id: entity.id,
      })),
    };
  });
  return {
    tool,
    documents,
    claims: results.claims.map((claim) => ({
      id: claim.id, label: claim.label, status: claim.status,
      mentions: claim.mentions.map((mention) => ({ path: display(mention.path), start: mention.start, end: mention.end, value: mention.value, unit: mention.unit })),
    })),
    findings: results.findings.map((finding) => ({
      code: finding.code, severity: finding.severity, message: finding.message, path: display(finding.path), start: finding.start, end: finding.end,
      related: finding.related.map((related) => ({ path: display(related.path), start: related.start, end: related.end, message: related.message })),
    })),
  };
}
