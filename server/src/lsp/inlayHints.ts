/** Inlay hints: after each money figure in another currency, its value in the base currency (`≈ $68.0B`). */
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { compactMoney, formatNumber } from '../core/format';
import { rateBetween } from '../core/fx/index';
import { canonicalUri } from './uris';
import type { WorkspaceView } from './workspace';

/** The hints of the figures ending inside the requested range; none when the document is not in the corpus. */
export function inlayHints(view: WorkspaceView, params: InlayHintParams, token: CancellationToken): InlayHint[] | null {
  if (token.isCancellationRequested) return null;
  const uri = canonicalUri(params.textDocument.uri);
  const analysis = view.corpus.analysis(uri);
  const lineIndex = view.lineIndex(uri);
  if (!analysis || !lineIndex) return null;
  const { baseCurrency, rates } = view.corpus.getConfig();
  const month = view.corpus.monthOf(uri);
  const from = lineIndex.offsetAt(params.range.start);
  const to = lineIndex.offsetAt(params.range.end);
  const hints: InlayHint[] = [];
  for (const figure of analysis.figures) {
    if (figure.kind !== 'money' || figure.unit === baseCurrency || figure.end < from || figure.end > to) continue;
    // A currency the rate table does not know gets no hint rather than a guess.
    const applied = rateBetween(figure.unit, baseCurrency, month, rates);
    if (!applied) continue;
    const converted = compactMoney(figure.value * applied.rate, baseCurrency);
    const rateSource = Object.hasOwn(rates, figure.unit) || Object.hasOwn(rates, baseCurrency) ? 'rate set in .crosscheck.json' : `${applied.month} average`;
    hints.push({
      position: lineIndex.positionAt(figure.end),
      label: `≈ ${converted}`,
      paddingLeft: true,
      tooltip: `${figure.text.replace(/\s+/g, ' ')} ≈ ${converted} at 1 ${figure.unit} = ${formatNumber(applied.rate, false, 4)} ${baseCurrency} (${rateSource})`,
    });
  }
  return hints;
}
