/** SARIF 2.1.0 output with relatedLocations, columns in UTF-16 code units. */
import type { Corpus } from '../core/corpus';
import { LineIndex } from '../core/text';
import type { ToolInfo } from './json';

const RULES = [
  { id: 'conflicting-figure', shortDescription: { text: 'Sources disagree about a figure for the same claim.' } },
  { id: 'inconsistent-conversion', shortDescription: { text: 'A stated conversion between currencies does not match the exchange rate of the time.' } },
];
const LEVELS: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Builds the SARIF log for the corpus's findings. */
export function sarifReport(corpus: Corpus, tool: ToolInfo, display: (path: string) => string): object {
  const indexes = new Map<string, LineIndex>();
  const location = (path: string, start: number, end: number) => {
    const index = indexes.get(path) ?? indexes.set(path, new LineIndex(corpus.text(path) ?? '')).get(path)!;
    const from = index.positionAt(start);
    const to = index.positionAt(end);
    return {
      physicalLocation: {
        artifactLocation: { uri: display(path).split('\\').join('/') },
        region: { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1, charOffset: start, charLength: end - start },
      },
    };
  };
  const results = corpus.results().findings.map((finding) => ({
    ruleId: finding.code,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.path, finding.start, finding.end)],
    relatedLocations: finding.related.map((related, id) => ({ id, message: { text: related.message }, ...location(related.path, related.start, related.end) })),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: tool.name, version: tool.version, rules: RULES } }, columnKind: 'utf16CodeUnits', results }],
  };
}
