/** The message telling the user which files are over `crosscheck.maxFileSizeKB` and so not analysed. */
import { uriBasename } from './uris';

const MAX_NAMES = 5;

/** One message for every file newly found over the limit, naming the first few. */
export function oversizedMessage(uris: readonly string[], limitKB: number): string {
  const limit = `the ${limitKB} KB limit (setting crosscheck.maxFileSizeKB)`;
  if (uris.length === 1) return `Crosscheck: ${uriBasename(uris[0]!)} is larger than ${limit}, so it is not analysed.`;
  const names = uris.slice(0, MAX_NAMES).map(uriBasename).join(', ');
  const more = uris.length > MAX_NAMES ? ` and ${uris.length - MAX_NAMES} more` : '';
  return `Crosscheck: ${uris.length} files are larger than ${limit}, so they are not analysed: ${names}${more}.`;
}
