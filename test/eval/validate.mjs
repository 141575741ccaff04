#!/usr/bin/env node
// Validates the Crosscheck evaluation corpus (no dependencies).
//   node test/eval/validate.mjs
// Checks, for every articles/<event>/<NN>-<short>.txt and its .gold.json:
//   - every gold figure/entity "text" occurs in the article, in the listed order
//     (boundary-aware search that skips the date line, see findText below);
//   - figure kinds/units/values are well formed;
//   - every claim id and alias-group id used in a gold file exists in events.json;
// and, for events.json: files, conflicts and lookalikes refer to existing things.
// Prints counts and exits with status 1 on any error.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const ART = join(ROOT, 'articles');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const KINDS = {
  money: (u) => /^[A-Z]{3}$/.test(u),
  count: (u) => u === 'people' || u === 'count',
  percent: (u) => u === 'percent',
  duration: (u) => ['years', 'months', 'days'].includes(u),
  date: (u) => u === 'date',
  ordinal: (u) => u === 'count',
};
const QUALIFIERS = new Set(['about', 'more_than', 'at_least', 'nearly', 'up_to', 'less_than', 'range']);
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const isAlnum = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isDigit = (c) => c !== undefined && /\p{Nd}/u.test(c);

// A match of `t` at [i, j) is accepted only if it does not cut through a word or a number:
// when the text starts (ends) with a letter/digit, the neighbouring character must not be one,
// and a leading/trailing digit must not continue a decimal or grouped number ("61" in "61.2").
function boundaryOk(s, i, j) {
  if (isAlnum(s[i])) {
    if (i > 0 && isAlnum(s[i - 1])) return false;
    if (isDigit(s[i]) && i >= 2 && '.,'.includes(s[i - 1]) && isDigit(s[i - 2])) return false;
  }
  if (isAlnum(s[j - 1])) {
    if (j < s.length && isAlnum(s[j])) return false;
    if (isDigit(s[j - 1]) && j + 1 < s.length && '.,'.includes(s[j]) && isDigit(s[j + 1])) return false;
  }
  return true;
}

// Next occurrence of t at or after `from`, skipping matches that overlap the date line [ds, de).
function findText(s, t, from, ds, de) {
  let i = s.indexOf(t, from);
  while (i !== -1 && (!boundaryOk(s, i, i + t.length) || (i < de && i + t.length > ds))) {
    i = s.indexOf(t, i + 1);
  }
  return i;
}

function checkSequence(name, s, items, ds, de, label) {
  let cur = 0;
  items.forEach((it, k) => {
    if (typeof it.text !== 'string' || it.text.length === 0) {
      err(`${name}: ${label}[${k}] has no text`);
      return;
    }
    const i = findText(s, it.text, cur, ds, de);
    if (i === -1) {
      const anywhere = findText(s, it.text, 0, ds, de) !== -1;
      err(`${name}: ${label}[${k}] ${JSON.stringify(it.text)} ${anywhere ? 'out of order' : 'not found'}`);
      return;
    }
    cur = i + it.text.length;
  });
}

// ---- events.json
const eventsPath = join(ROOT, 'events.json');
if (!existsSync(eventsPath)) {
  console.error('events.json missing');
  process.exit(1);
}
const doc = JSON.parse(readFileSync(eventsPath, 'utf8'));
const events = doc.events ?? [];
const claimIds = new Map(); // id -> event slug
const groupIds = new Map();
let nConflicts = 0;
let nLookalikes = 0;
let nGroups = 0;
for (const ev of events) {
  for (const c of ev.claims ?? []) {
    if (claimIds.has(c.id)) err(`events.json: duplicate claim id ${c.id}`);
    claimIds.set(c.id, ev.slug);
    if (!c.label) err(`events.json: claim ${c.id} has no label`);
  }
  for (const g of ev.alias_groups ?? []) {
    if (groupIds.has(g.id)) err(`events.json: duplicate alias group id ${g.id}`);
    groupIds.set(g.id, ev.slug);
    nGroups++;
  }
  for (const f of ev.files ?? []) {
    if (!existsSync(join(ROOT, f))) err(`events.json: ${ev.slug} lists missing file ${f}`);
  }
}
for (const ev of events) {
  for (const cf of ev.conflicts ?? []) {
    nConflicts++;
    if (!claimIds.has(cf.claim)) err(`events.json: conflict on unknown claim ${cf.claim}`);
    for (const f of [...(cf.files ?? []), ...(cf.disagreeing_files ?? [])]) {
      if (!existsSync(join(ROOT, f))) err(`events.json: conflict ${cf.claim} lists missing file ${f}`);
    }
    if (!cf.disagreeing_files?.length) err(`events.json: conflict ${cf.claim} names no disagreeing file`);
  }
  for (const lk of ev.lookalikes ?? []) {
    nLookalikes++;
    for (const c of lk.claims ?? []) if (!claimIds.has(c)) err(`events.json: lookalike uses unknown claim ${c}`);
  }
}

// ---- articles
let nArticles = 0;
let nFigures = 0;
let nEntities = 0;
const usedClaims = new Set();
const usedGroups = new Set();
const slugs = existsSync(ART) ? readdirSync(ART).filter((d) => statSync(join(ART, d)).isDirectory()).sort() : [];
for (const slug of slugs) {
  if (!events.some((e) => e.slug === slug)) err(`articles/${slug}: no event with this slug in events.json`);
  const dir = join(ART, slug);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const name = relative(ROOT, join(dir, f));
    const goldPath = join(dir, f.replace(/\.txt$/, '.gold.json'));
    if (!existsSync(goldPath)) {
      err(`${name}: missing gold file`);
      continue;
    }
    const raw = readFileSync(join(dir, f));
    const s = raw.toString('utf8');
    if (raw.length < 1500 || raw.length > 5000) warn(`${name}: size ${raw.length} bytes outside 1.5-5 KB`);
    let gold;
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    } catch (e) {
      err(`${name}: gold JSON does not parse: ${e.message}`);
      continue;
    }
    nArticles++;
    if (gold.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(gold.date ?? '')) err(`${name}: bad date ${gold.date}`);
    let ds = -1;
    let de = -1;
    if (gold.dateline !== undefined) {
      ds = s.split('\n').findIndex((l) => l === gold.dateline);
      if (ds === -1) err(`${name}: dateline ${JSON.stringify(gold.dateline)} is not a line of the article`);
      else {
        ds = s.split('\n').slice(0, ds).reduce((n, l) => n + l.length + 1, 0);
        de = ds + gold.dateline.length;
      }
    }
    const figs = gold.figures ?? [];
    const ents = gold.entities ?? [];
    nFigures += figs.length;
    nEntities += ents.length;
    checkSequence(name, s, figs, ds, de, 'figures');
    checkSequence(name, s, ents, ds, de, 'entities');
    figs.forEach((x, k) => {
      const where = `${name}: figures[${k}] ${JSON.stringify(x.text)}`;
      const unitOk = KINDS[x.kind];
      if (!unitOk) err(`${where}: unknown kind ${x.kind}`);
      else if (!unitOk(x.unit)) err(`${where}: unit ${x.unit} does not fit kind ${x.kind}`);
      if (x.kind === 'date') {
        if (typeof x.value !== 'string' || !ISO_DATE.test(x.value)) err(`${where}: date value must be an ISO string`);
      } else if (typeof x.value !== 'number' || !Number.isFinite(x.value)) err(`${where}: value must be a number`);
      if (x.qualifier !== undefined && !QUALIFIERS.has(x.qualifier)) err(`${where}: unknown qualifier ${x.qualifier}`);
      if (x.qualifier === 'range' && !(typeof x.value_max === 'number' && x.value_max > x.value)) err(`${where}: range needs value_max > value`);
      if (!('claim' in x)) err(`${where}: missing claim (use null)`);
      else if (x.claim !== null) {
        if (!claimIds.has(x.claim)) err(`${where}: claim ${x.claim} not in events.json`);
        else if (claimIds.get(x.claim) !== slug) err(`${where}: claim ${x.claim} belongs to event ${claimIds.get(x.claim)}`);
        usedClaims.add(x.claim);
      }
    });
    ents.forEach((x, k) => {
      const where = `${name}: entities[${k}] ${JSON.stringify(x.text)}`;
      if (!['organization', 'initiative', 'person'].includes(x.kind)) err(`${where}: unknown kind ${x.kind}`);
      if (!groupIds.has(x.group)) err(`${where}: alias group ${x.group} not in events.json`);
      usedGroups.add(x.group);
    });
  }
}
for (const id of claimIds.keys()) if (!usedClaims.has(id)) warn(`claim ${id} is defined but never used`);
for (const id of groupIds.keys()) if (!usedGroups.has(id)) warn(`alias group ${id} is defined but never used`);

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
console.log(
  `articles: ${nArticles}  events: ${events.length}  figures: ${nFigures}  entities: ${nEntities}  ` +
    `claims: ${claimIds.size}  conflicts: ${nConflicts}  lookalikes: ${nLookalikes}  alias groups: ${nGroups}`,
);
if (errors.length) {
  console.log(`FAILED with ${errors.length} error(s)`);
  process.exit(1);
}
console.log('OK');
