/** Messages about files the server could not analyse, written to the output log at a bounded rate. */

/** How many skipped files are named, one line each, in one window; the rest are only counted. */
const NAMED_PER_WINDOW = 20;
const WINDOW_MS = 10_000;

/**
 * The log of skipped files: the first few of every ten-second window by name, one line each; the others counted by
 * reason and summed up in one line by flush(), which the server calls at the end of each batch of work (a scan, a
 * set of file events). A folder of 50,000 files deleted during a scan so gives a few dozen lines, not 50,000.
 */
export class SkippedFileLog {
  private windowStart = -Infinity;
  private namedInWindow = 0;
  private readonly unnamed = new Map<string, number>();

  constructor(private readonly log: (message: string) => void, private readonly now: () => number = Date.now) {}

  /** Records a file that was skipped, naming it when the window has room. */
  skipped(path: string, reason: string): void {
    const now = this.now();
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.namedInWindow = 0;
    }
    if (this.namedInWindow < NAMED_PER_WINDOW) {
      this.namedInWindow++;
      this.log(`${path}: ${reason}`);
      return;
    }
    const summaryReason = reason.replace(/, skipped$/, '');
    this.unnamed.set(summaryReason, (this.unnamed.get(summaryReason) ?? 0) + 1);
  }

  /** Writes one line counting, by reason, the skipped files not named since the last flush; nothing when there are none. */
  flush(): void {
    if (this.unnamed.size === 0) return;
    let total = 0;
    for (const count of this.unnamed.values()) total += count;
    const reasons = [...this.unnamed].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${reason} (${count})`).join(', ');
    this.log(`…and ${total} more file${total === 1 ? '' : 's'} skipped: ${reasons}`);
    this.unnamed.clear();
  }
}
