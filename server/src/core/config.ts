/** The user's configuration (.crosscheck.json): parsed from text, validated, with defaults for what is missing. */

/** How loud a finding code is; 'off' silences it. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** A conflict the user reviewed: quiet until the set of values changes. */
export interface ReviewedConflict { claim: string; values: string[] }

/** The configuration every part of the core reads. */
export interface CrosscheckConfig {
  include: string[];
  exclude: string[];
  baseCurrency: string;
  /** Extra relative slack when comparing values converted from another currency. */
  tolerance: number;
  /** YYYY-MM used for conversions when an article has no date of its own. */
  date: string | null;
  rates: Record<string, number>;
  aliases: string[][];
  reviewed: ReviewedConflict[];
  severity: Record<string, SeverityName>;
}

/** A problem found in a configuration file, with the offsets of the offending text where known. */
export interface ConfigProblem { message: string; start: number; end: number }

/** The defaults in force when no configuration says otherwise. */
export function defaultConfig(): CrosscheckConfig {
  return {
    include: ['**/*.txt', '**/*.md'], exclude: ['**/node_modules/**', '**/.git/**'], baseCurrency: 'USD', tolerance: 0.1,
    date: null, rates: {}, aliases: [], reviewed: [], severity: {},
  };
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const MAX_CONFIG_LENGTH = 1_000_000;

const MAX_GLOB_LENGTH = 1000;
/** More wildcards than this can make a glob's regular expression backtrack for minutes on a long file name. */
const MAX_WILDCARDS = 8;

/** Whether a glob could select files outside the workspace, in POSIX or Windows spelling. */
function climbsOut(glob: string): boolean {
  return glob.startsWith('/') || glob.includes('\\') || /^[A-Za-z]:/.test(glob) || glob.split('/').includes('..');
}

function tooComplex(glob: string): boolean {
  return glob.length > MAX_GLOB_LENGTH || (glob.match(/[*?]/g)?.length ?? 0) > MAX_WILDCARDS;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function problemAt(text: string, key: string, message: string): ConfigProblem {
  const at = text.indexOf(`"${key}"`);
  return at >= 0 ? { message, start: at, end: at + key.length + 2 } : { message, start: 0, end: 0 };
}

function jsonErrorOffset(error: unknown, text: string): number {
  const message = String(error);
  const match = /position (\d+)/.exec(message);
  if (match) return Math.min(Number(match[1]), text.length);
  return /end of JSON input/.test(message) ? Math.max(0, text.length - 1) : 0;
}

/**
 * The configuration an untrusted workspace may apply: rate overrides and alias groups could make a planted
 * file misreport figures, so they are dropped; everything else only narrows or quiets the analysis.
 */
export function untrustedConfig(config: CrosscheckConfig): CrosscheckConfig {
  return { ...config, rates: {}, aliases: [] };
}

/** Parses .crosscheck.json text; every problem is reported and the defaults stay in force for what is wrong. */
export function parseConfig(text: string): { config: CrosscheckConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  if (text.length > MAX_CONFIG_LENGTH) {
    return { config, problems: [{ message: `Configuration is larger than ${MAX_CONFIG_LENGTH} characters; using defaults.`, start: 0, end: 0 }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const offset = jsonErrorOffset(error, text);
    return { config, problems: [{ message: `Invalid JSON: ${(error as Error).message}; using defaults.`, start: offset, end: Math.min(offset + 1, text.length) }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config, problems: [{ message: 'Configuration must be a JSON object; using defaults.', start: 0, end: text.length }] };
  }
  const object = raw as Record<string, unknown>;
  const known = new Set(['$schema', 'include', 'exclude', 'baseCurrency', 'tolerance', 'date', 'rates', 'aliases', 'reviewed', 'severity']);
  for (const key of Object.keys(object)) if (!known.has(key)) problems.push(problemAt(text, key, `Unknown setting "${key}".`));
  for (const key of ['include', 'exclude'] as const) {
    const value = object[key];
    if (value === undefined) continue;
    if (!isStringArray(value)) problems.push(problemAt(text, key, `"${key}" must be an array of glob strings.`));
    else if (value.some(climbsOut)) {
      problems.push(problemAt(text, key, `"${key}" globs must stay inside the workspace (no leading "/", drive letter, "\\" or ".."); using the default.`));
    } else if (value.some(tooComplex)) {
      problems.push(problemAt(text, key, `"${key}" globs may have at most ${MAX_GLOB_LENGTH} characters and ${MAX_WILDCARDS} wildcards each; using the default.`));
    } else config[key] = value;
  }
  if (object.baseCurrency !== undefined) {
    if (typeof object.baseCurrency === 'string' && /^[A-Z]{3}$/.test(object.baseCurrency)) config.baseCurrency = object.baseCurrency;
    else problems.push(problemAt(text, 'baseCurrency', '"baseCurrency" must be an ISO 4217 code such as "USD".'));
  }
  if (object.tolerance !== undefined) {
    if (typeof object.tolerance === 'number' && object.tolerance >= 0 && object.tolerance < 1) config.tolerance = object.tolerance;
    else problems.push(problemAt(text, 'tolerance', '"tolerance" must be a number from 0 to 1 (0.1 = 10%).'));
  }
  if (object.date !== undefined) {
    if (typeof object.date === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(object.date)) config.date = object.date.slice(0, 7);
    else problems.push(problemAt(text, 'date', '"date" must be YYYY-MM or YYYY-MM-DD.'));
  }
  if (object.rates !== undefined) {
    const rates = object.rates as Record<string, unknown>;
    const valid = typeof rates === 'object' && rates !== null && !Array.isArray(rates)
      && Object.entries(rates).every(([code, value]) => /^[A-Z]{3}$/.test(code) && typeof value === 'number' && value > 0);
    if (valid) config.rates = rates as Record<string, number>;
    else problems.push(problemAt(text, 'rates', '"rates" must map ISO codes to units per US dollar, e.g. {"JPY": 147.5}.'));
  }
  if (object.aliases !== undefined) {
    if (Array.isArray(object.aliases) && object.aliases.every(isStringArray)) config.aliases = object.aliases;
    else problems.push(problemAt(text, 'aliases', '"aliases" must be an array of arrays of names.'));
  }
  if (object.reviewed !== undefined) {
    const reviewed = object.reviewed;
    const valid = Array.isArray(reviewed) && reviewed.every((entry) => typeof entry === 'object' && entry !== null
      && typeof (entry as ReviewedConflict).claim === 'string' && isStringArray((entry as ReviewedConflict).values));
    if (valid) config.reviewed = reviewed as ReviewedConflict[];
    else problems.push(problemAt(text, 'reviewed', '"reviewed" must be an array of {"claim": string, "values": string[]}.'));
  }
  if (object.severity !== undefined) {
    const severity = object.severity as Record<string, unknown>;
    const valid = typeof severity === 'object' && severity !== null && !Array.isArray(severity)
      && Object.values(severity).every((value) => typeof value === 'string' && SEVERITIES.has(value));
    if (valid) config.severity = severity as Record<string, SeverityName>;
    else problems.push(problemAt(text, 'severity', '"severity" values must be error, warning, information, hint or off.'));
  }
  return { config, problems };
}
