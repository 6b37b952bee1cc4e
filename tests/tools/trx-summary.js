#!/usr/bin/env node
// Prints one line per TRX file and a closing "Total: X passed, Y failed, Z skipped" line summed over
// every TRX file under the given directory, plus the names of failed tests. Exit code 2 when no TRX
// file exists (nothing ran), 0 otherwise: pass/fail is decided by dotnet test's own exit code.
'use strict';
const fs = require('fs');
const path = require('path');

function trxFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return trxFiles(full);
    return entry.name.endsWith('.trx') ? [full] : [];
  });
}

function counter(counters, name) {
  const match = new RegExp(`\\b${name}="(\\d+)"`).exec(counters);
  return match ? Number(match[1]) : 0;
}

function decodeXml(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function summarise(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const counters = (/<Counters\b[^>]*>/.exec(xml) || [''])[0];
  const total = counter(counters, 'total');
  const executed = counter(counters, 'executed');
  const failed = ['failed', 'error', 'timeout', 'aborted'].reduce((sum, name) => sum + counter(counters, name), 0);
  // xunit names the assembly with its real casing in the run output; TRX "storage" is lower-cased.
  const discovered = (/Discovering: ([^\s<]+)/.exec(xml) || [])[1];
  const storage = (/<UnitTest\b[^>]*\bstorage="([^"]+)"/.exec(xml) || [])[1];
  const failures = [...xml.matchAll(/<UnitTestResult\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\boutcome="(Failed|Error|Timeout|Aborted)"/.test(tag))
    .map((tag) => decodeXml((/\btestName="([^"]*)"/.exec(tag) || [])[1] || '?'));
  return {
    name: discovered || (storage ? path.basename(decodeXml(storage)) : path.basename(file)),
    total,
    passed: counter(counters, 'passed'),
    failed,
    skipped: Math.max(0, total - executed),
    failures,
  };
}

const dir = process.argv[2] || path.join(process.cwd(), 'artifacts', 'test-results');
const files = trxFiles(dir);
if (files.length === 0) {
  console.error(`No TRX file under ${dir}.`);
  process.exit(2);
}

const results = files.map(summarise).sort((a, b) => a.name.localeCompare(b.name));
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const r of results) {
  console.log(r.total === 0 ? `  ${r.name}: no test` : `  ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  for (const name of r.failures) console.log(`    FAILED ${name}`);
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
}
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
