#!/usr/bin/env node
'use strict';
// Validates a filled Teams app package folder (manifest.json + localization files + icons) offline,
// against the official schemas @microsoft/app-manifest ships, plus the cross-file rules the schema
// cannot express. Prints {"errors":[...]} and exits 1 when there is any error.
//   node validate-manifest.js <package folder>

const fs = require('node:fs');
const path = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

async function validate(directory) {
  const errors = [];
  const read = (name) => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8'));

  const manifestText = fs.readFileSync(path.join(directory, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText);
  for (const error of await AppManifestUtils.validateAgainstSchema(manifest)) errors.push(`manifest.json: ${error}`);
  if (/\$\{\{/.test(manifestText)) errors.push('manifest.json: a ${{...}} placeholder was left unfilled');

  for (const icon of [manifest.icons?.color, manifest.icons?.outline]) {
    if (icon && !fs.existsSync(path.join(directory, icon))) errors.push(`manifest.json: icon ${icon} is missing`);
  }

  const localization = manifest.localizationInfo;
  const languageFiles = [
    ...(localization?.defaultLanguageFile ? [{ languageTag: localization.defaultLanguageTag, file: localization.defaultLanguageFile }] : []),
    ...(localization?.additionalLanguages ?? []),
  ];
  for (const { languageTag, file } of languageFiles) {
    if (languageTag.toLowerCase() === localization.defaultLanguageTag.toLowerCase() && file !== localization.defaultLanguageFile) {
      errors.push(`${file}: language ${languageTag} repeats the default language`);
    }
    if (!fs.existsSync(path.join(directory, file))) {
      errors.push(`${file}: localization file is missing`);
      continue;
    }
    const strings = read(file);
    if (!strings.$schema?.includes(`/v${manifest.manifestVersion}/`)) {
      errors.push(`${file}: $schema must be the v${manifest.manifestVersion} localization schema`);
    }
    const schema = usableUnderUnicodeRegExps(await AppManifestUtils.fetchSchema(strings.$schema));
    for (const error of await AppManifestUtils.validateAgainstSchema(strings, schema)) errors.push(`${file}: ${error}`);
    for (const key of Object.keys(strings)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (lookup(manifest, key) === undefined) errors.push(`${file}: '${key}' translates nothing in manifest.json`);
    }
    for (const key of translatableKeys(manifest)) {
      if (!(key in strings)) errors.push(`${file}: no translation for '${key}'`);
    }
  }
  return errors;
}

/**
 * The shipped localization schemas (v1.8 to v1.30) contain property-name patterns with a bare ']'
 * ("activityTypes\\[\\b(...)\\b]"), which the schema validator's unicode-mode regular expressions
 * reject before validating anything. Escaping that bracket keeps the pattern's meaning.
 */
function usableUnderUnicodeRegExps(schema) {
  const fixed = {};
  for (const [pattern, rule] of Object.entries(schema.patternProperties ?? {})) {
    fixed[pattern.replace(/\\b\]/g, '\\b\\]')] = rule;
  }
  return { ...schema, patternProperties: fixed };
}

/** Resolves a localization key such as "bots[0].commandLists[1].commands[2].title" or "name.short". */
function lookup(manifest, key) {
  let value = manifest;
  for (const part of key.split('.')) {
    const match = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(part);
    if (!match || value === undefined) return undefined;
    value = value[match[1]];
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) value = value?.[Number(index[1])];
  }
  return value;
}

/** Every user-visible string this package has: all of them need a translation. */
function translatableKeys(manifest) {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'].filter((k) => lookup(manifest, k) !== undefined);
  (manifest.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      list.commands.forEach((_, c) => keys.push(`bots[${b}].commandLists[${l}].commands[${c}].title`, `bots[${b}].commandLists[${l}].commands[${c}].description`)),
    ),
  );
  return keys;
}

const directory = process.argv[2];
if (!directory) {
  console.error('usage: node validate-manifest.js <package folder>');
  process.exit(2);
}
validate(path.resolve(directory)).then(
  (errors) => {
    console.log(JSON.stringify({ errors }));
    process.exit(errors.length === 0 ? 0 : 1);
  },
  (failure) => {
    console.log(JSON.stringify({ errors: [`validation could not run: ${failure.message}`] }));
    process.exit(1);
  },
);
