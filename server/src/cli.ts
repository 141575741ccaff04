/** The `crosscheck` command: check articles for cross-source conflicts and print text, JSON or SARIF. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { Corpus } from './core/corpus';
import { parseConfig, defaultConfig, type CrosscheckConfig } from './core/config';
import { describeError, globFilter, listFolder, readArticle, type SkippedFile } from './workspace/files';
import { jsonReport } from './report/json';
import { sarifReport } from './report/sarif';
import { textReport } from './report/text';
import packageJson from '../../package.json';

const USAGE = `Usage: crosscheck check [paths...] [--format text|json|sarif] [--config FILE] [--fail-on error|warning|information|none]

Checks articles (files, or folders searched with the configured include globs) for figures that
different sources state differently. Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or I/O error.`;

const LEVELS = ['hint', 'information', 'warning', 'error'];

class UsageError extends Error {}

interface Options { paths: string[]; format: 'text' | 'json' | 'sarif'; config: string | null; failOn: string }

function parseArguments(args: readonly string[]): Options {
  const options: Options = { paths: [], format: 'text', config: null, failOn: 'warning' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format "${format}" (use text, json or sarif)`);
      options.format = format;
    } else if (flag === '--config') {
      options.config = value();
    } else if (flag === '--fail-on') {
      const level = value();
      if (level !== 'none' && !LEVELS.includes(level)) throw new UsageError(`unknown --fail-on level "${level}" (use error, warning, information or none)`);
      options.failOn = level;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}

function loadConfig(path: string | null, warn: (message: string) => void): CrosscheckConfig {
  const file = path ?? (existsSync('.crosscheck.json') ? '.crosscheck.json' : null);
  if (!file) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { config, problems } = parseConfig(text);
  for (const problem of problems) warn(`${file}: ${problem.message}`);
  return config;
}

function run(args: readonly string[]): number {
  const write = (text: string) => process.stdout.write(text);
  const warn = (message: string) => process.stderr.write(`crosscheck: ${message}\n`);
  if (args[0] === '--version' || args[0] === '-v') {
    write(`${packageJson.version}\n`);
    return 0;
  }
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    write(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] !== 'check') throw new UsageError(`unknown command "${args[0]}"`);
  const options = parseArguments(args.slice(1));
  const config = loadConfig(options.config, warn);
  const corpus = new Corpus(config);
  const accept = globFilter(config.include, config.exclude);
  const skip = (skipped: SkippedFile) => warn(`${skipped.path}: ${skipped.reason}`);
  const files = new Set<string>();
  for (const path of options.paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      skip({ path, reason: describeError(error) });
      continue;
    }
    if (isFolder) for (const file of listFolder(path, accept, skip)) files.add(resolve(file));
    else files.add(resolve(path));
  }
  for (const file of files) {
    const read = readArticle(file);
    if ('text' in read) corpus.upsert(file, read.text);
    else skip({ path: relative(process.cwd(), file), reason: read.reason });
  }
  if (corpus.paths().length === 0) {
    warn('nothing could be read');
    return 2;
  }
  const display = (path: string) => relative(process.cwd(), path).split(sep).join('/');
  const tool = { name: 'crosscheck', version: packageJson.version };
  if (options.format === 'json') write(`${JSON.stringify(jsonReport(corpus, tool, display), null, 2)}\n`);
  else if (options.format === 'sarif') write(`${JSON.stringify(sarifReport(corpus, tool, display), null, 2)}\n`);
  else write(textReport(corpus, display));
  if (options.failOn === 'none') return 0;
  const threshold = LEVELS.indexOf(options.failOn);
  return corpus.results().findings.some((finding) => LEVELS.indexOf(finding.severity) >= threshold) ? 1 : 0;
}

// A reader that stops early ("crosscheck check . | head") closes the pipe: that ends the report, it is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`crosscheck: ${error.message}\n${USAGE}\n`);
  } else {
    process.stderr.write(`crosscheck: internal error: ${(error as Error).message}\n`);
  }
  process.exitCode = 2;
}
