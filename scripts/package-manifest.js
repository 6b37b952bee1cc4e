#!/usr/bin/env node
'use strict';
// Builds the Teams app package: fills the ${{NAME}} placeholders in manifest/*.json, then zips
// manifest.json, the icons and the localization files at the archive root (jszip, from scripts/package.json).
//
//   npm ci --prefix scripts
//   node scripts/package-manifest.js --bot-id <guid> --bot-domain <host> [--out artifacts/GovernanceBot.zip]
//
// Every option can come from an environment variable instead (BOT_ID, BOT_DOMAIN, ...); options win.
// The filled files are also left in a folder beside the zip (artifacts/GovernanceBot/) for review.

const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');

const REPOSITORY_ROOT = path.join(__dirname, '..');
const MANIFEST_DIRECTORY = path.join(REPOSITORY_ROOT, 'manifest');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/i;

const OPTIONS = [
  { flag: '--bot-id', variable: 'BOT_ID', help: 'Bot identity (the client id of the managed identity or app registration). Required.' },
  { flag: '--bot-domain', variable: 'BOT_DOMAIN', help: 'Host name the bot is served from, e.g. app-governancebot-xyz.azurewebsites.net. Required.' },
  { flag: '--teams-app-id', variable: 'TEAMS_APP_ID', help: 'Teams app id (a GUID). Default: the bot id.' },
  { flag: '--sso-app-id', variable: 'SSO_APP_ID', help: 'Entra app registration used for single sign-on. Default: the bot id.' },
  { flag: '--app-version', variable: 'APP_VERSION', help: 'Package version, x.y.z; raise it for every upload. Default: 1.0.0.' },
  { flag: '--developer-name', variable: 'DEVELOPER_NAME', help: 'Publisher shown in Teams (32 characters max). Default: Gouvernance Data Science.' },
  { flag: '--website-url', variable: 'DEVELOPER_WEBSITE_URL', help: 'https page about the app. Default: https://<bot domain>/.' },
  { flag: '--privacy-url', variable: 'DEVELOPER_PRIVACY_URL', help: 'https privacy statement. Default: the website URL.' },
  { flag: '--terms-url', variable: 'DEVELOPER_TERMS_URL', help: 'https terms of use. Default: the website URL.' },
  { flag: '--out', variable: 'PACKAGE_OUT', help: 'Zip to write. Default: artifacts/GovernanceBot.zip.' },
];

const FIXED_ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

class UsageError extends Error {}

function readOptions(argv, env) {
  const values = {};
  for (const option of OPTIONS) if (env[option.variable]) values[option.variable] = env[option.variable];
  for (let i = 0; i < argv.length; i++) {
    const option = OPTIONS.find((o) => o.flag === argv[i]);
    if (!option) throw new UsageError(`Unknown argument '${argv[i]}'.`);
    if (i + 1 >= argv.length) throw new UsageError(`${option.flag} needs a value.`);
    values[option.variable] = argv[++i];
  }
  return values;
}

function resolve(values) {
  const botId = values.BOT_ID;
  if (!botId) throw new UsageError('BOT_ID is required: pass --bot-id <guid> or set BOT_ID (the botId output of the infra deployment).');
  requireGuid('BOT_ID', botId);

  if (!values.BOT_DOMAIN) throw new UsageError('BOT_DOMAIN is required: pass --bot-domain <host> or set BOT_DOMAIN (the botDomain output of the infra deployment).');
  // Accept a pasted URL as well as a bare host name; the manifest wants the host only.
  const botDomain = values.BOT_DOMAIN.trim().replace(/^https?:\/\//i, '').replace(/\/.*$/, '');
  if (!HOST_NAME.test(botDomain)) throw new UsageError(`BOT_DOMAIN '${values.BOT_DOMAIN}' is not a host name.`);

  const teamsAppId = values.TEAMS_APP_ID ?? botId;
  requireGuid('TEAMS_APP_ID', teamsAppId);
  const ssoAppId = values.SSO_APP_ID ?? botId;
  requireGuid('SSO_APP_ID', ssoAppId);

  const appVersion = values.APP_VERSION ?? '1.0.0';
  if (!SEMVER.test(appVersion)) throw new UsageError(`APP_VERSION '${appVersion}' must look like 1.2.3.`);

  const developerName = values.DEVELOPER_NAME ?? 'Gouvernance Data Science';
  if (developerName.length > 32) throw new UsageError('DEVELOPER_NAME must be 32 characters or fewer.');

  const websiteUrl = values.DEVELOPER_WEBSITE_URL ?? `https://${botDomain}/`;
  const privacyUrl = values.DEVELOPER_PRIVACY_URL ?? websiteUrl;
  const termsUrl = values.DEVELOPER_TERMS_URL ?? websiteUrl;
  for (const [name, url] of [['DEVELOPER_WEBSITE_URL', websiteUrl], ['DEVELOPER_PRIVACY_URL', privacyUrl], ['DEVELOPER_TERMS_URL', termsUrl]]) {
    if (!/^https:\/\/\S+$/i.test(url)) throw new UsageError(`${name} must be an https URL, got '${url}'.`);
  }

  return {
    placeholders: {
      BOT_ID: botId.toLowerCase(),
      BOT_DOMAIN: botDomain.toLowerCase(),
      TEAMS_APP_ID: teamsAppId.toLowerCase(),
      SSO_APP_ID: ssoAppId.toLowerCase(),
      APP_VERSION: appVersion,
      DEVELOPER_NAME: developerName,
      DEVELOPER_WEBSITE_URL: websiteUrl,
      DEVELOPER_PRIVACY_URL: privacyUrl,
      DEVELOPER_TERMS_URL: termsUrl,
    },
    out: path.resolve(values.PACKAGE_OUT ?? path.join(REPOSITORY_ROOT, 'artifacts', 'GovernanceBot.zip')),
  };
}

function requireGuid(name, value) {
  if (!GUID.test(value)) throw new UsageError(`${name} '${value}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
}

/** Replaces ${{NAME}} in JSON text, escaping values as JSON string content. */
function fill(fileName, text, placeholders) {
  return text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name) => {
    if (!(name in placeholders)) throw new UsageError(`${fileName} uses the unknown placeholder \${{${name}}}.`);
    return JSON.stringify(placeholders[name]).slice(1, -1);
  });
}

/** The files the package must hold: manifest.json plus whatever it points at. */
function packageFiles(manifest) {
  const files = ['manifest.json', manifest.icons.color, manifest.icons.outline];
  const localization = manifest.localizationInfo ?? {};
  if (localization.defaultLanguageFile) files.push(localization.defaultLanguageFile);
  for (const language of localization.additionalLanguages ?? []) files.push(language.file);
  return [...new Set(files)];
}

async function buildPackage({ placeholders, out }) {
  const manifestText = fill('manifest.json', fs.readFileSync(path.join(MANIFEST_DIRECTORY, 'manifest.json'), 'utf8'), placeholders);
  const manifest = JSON.parse(manifestText);

  const expandedDirectory = out.replace(/\.zip$/i, '');
  if (expandedDirectory === out) throw new UsageError(`--out must name a .zip file, got '${out}'.`);
  fs.rmSync(expandedDirectory, { recursive: true, force: true });
  fs.mkdirSync(expandedDirectory, { recursive: true });

  const entries = packageFiles(manifest).map((name) => {
    if (name.includes('/') || name.includes('\\')) throw new UsageError(`${name}: Teams expects every package file at the zip root.`);
    const source = path.join(MANIFEST_DIRECTORY, name);
    if (!fs.existsSync(source)) throw new UsageError(`manifest.json refers to ${name}, which is not in manifest/.`);
    const data = name.endsWith('.json')
      ? Buffer.from(name === 'manifest.json' ? manifestText : fill(name, fs.readFileSync(source, 'utf8'), placeholders), 'utf8')
      : fs.readFileSync(source);
    fs.writeFileSync(path.join(expandedDirectory, name), data);
    return { name, data };
  });

  // A fixed date keeps the archive identical for identical inputs.
  const zip = new JSZip();
  for (const { name, data } of entries) zip.file(name, data, { date: FIXED_ENTRY_DATE });
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  return { expandedDirectory, files: entries.map((e) => e.name) };
}

function usage() {
  return ['Usage: node scripts/package-manifest.js --bot-id <guid> --bot-domain <host> [options]', '', 'Options (or environment variables):']
    .concat(OPTIONS.map((o) => `  ${o.flag.padEnd(17)} ${o.variable.padEnd(22)} ${o.help}`))
    .join('\n');
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage());
    process.exit(0);
  }
  const settings = resolve(readOptions(argv, process.env));
  const result = await buildPackage(settings);
  console.log(`Teams app package written to ${settings.out}`);
  console.log(`  files: ${result.files.join(', ')}`);
  console.log(`  filled manifest: ${result.expandedDirectory}`);
  if (settings.placeholders.DEVELOPER_PRIVACY_URL === `https://${settings.placeholders.BOT_DOMAIN}/`) {
    console.log('  note: privacy and terms links point at the bot host; pass --privacy-url/--terms-url for your own pages.');
  }
}

main().catch((error) => {
  if (!(error instanceof UsageError)) throw error;
  console.error(`error: ${error.message}`);
  console.error('');
  console.error(usage());
  process.exit(2);
});
