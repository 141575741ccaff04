/** The log of skipped files: a few named per window, the rest counted in one line per batch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SkippedFileLog } from '../../server/src/lsp/skippedFiles';

/** A log with a clock the test moves, and the lines it wrote. */
function logWithClock(): { log: SkippedFileLog; lines: string[]; advance: (ms: number) => void } {
  const lines: string[] = [];
  let now = 0;
  return { log: new SkippedFileLog((line) => lines.push(line), () => now), lines, advance: (ms) => { now += ms; } };
}

test('50,000 skipped files in one batch give 20 named lines and one count by reason', () => {
  const { log, lines } = logWithClock();
  for (let n = 0; n < 50_000; n++) log.skipped(`/w/${n}.txt`, n % 10 === 0 ? 'binary file (contains NUL bytes), skipped' : 'no such file or folder');
  log.flush();
  assert.equal(lines.length, 21);
  assert.equal(lines[0], '/w/0.txt: binary file (contains NUL bytes), skipped');
  assert.equal(lines[20], '…and 49980 more files skipped: no such file or folder (44982), binary file (contains NUL bytes) (4998)');
});

test('a flush with nothing held back writes nothing; a new window names files again', () => {
  const { log, lines, advance } = logWithClock();
  log.skipped('/w/a.txt', 'permission denied');
  log.flush();
  assert.deepEqual(lines, ['/w/a.txt: permission denied']);
  for (let n = 0; n < 25; n++) log.skipped(`/w/${n}.txt`, 'permission denied');
  log.flush();
  assert.equal(lines.at(-1), '…and 6 more files skipped: permission denied (6)');
  advance(10_000);
  log.skipped('/w/late.txt', 'permission denied');
  assert.equal(lines.at(-1), '/w/late.txt: permission denied');
});
