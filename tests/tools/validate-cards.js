#!/usr/bin/env node
// Validates Adaptive Cards the way a Teams-like host would parse them, plus rules the renderer lets
// through but Teams does not.
//
// Input, either:
//   - stdin: a JSON array of { "name": "...", "card": { ...AdaptiveCard... } } (what the .NET
//     CardValidator sends: one process per batch), or
//   - file arguments: each file holds one card, or an array of cards / { name, card } items.
// Output (stdout): a JSON array of { "name", "errors": [..], "warnings": [..] }, in input order.
// Exit code: 0 when every card is valid, 1 when any card has errors, 2 on bad input.
'use strict';
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');

const MAX_VERSION = '1.5';
const BUTTON_TYPES = new Set(['Action.Execute', 'Action.Submit']);
// Typed parts of a card that live inside an element rather than in the element registry. Data.Query is
// a choice set's "choices.data" (Teams' dynamic typeahead); hosts without it show the static choices.
const PART_TYPES = new Set(['Column', 'TableRow', 'TableCell', 'CarouselPage', 'Data.Query']);

function readStdin() {
  return fs.readFileSync(0, 'utf8');
}

function namedCards(json, origin) {
  const items = Array.isArray(json) ? json : [json];
  return items.map((item, i) => {
    const wrapped = item && typeof item === 'object' && 'card' in item && !('type' in item);
    const name = wrapped && item.name ? String(item.name) : items.length > 1 ? `${origin}[${i}]` : origin;
    return { name, card: wrapped ? item.card : item };
  });
}

function parseVersion(text) {
  const match = /^(\d+)\.(\d+)$/.exec(String(text ?? ''));
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

function versionErrors(card) {
  if (card.version === undefined) return ['Card has no "version" (Teams needs one; use "1.5").'];
  const version = parseVersion(card.version);
  const max = parseVersion(MAX_VERSION);
  if (!version) return [`Card version "${card.version}" is not of the form major.minor.`];
  if (version.major > max.major || (version.major === max.major && version.minor > max.minor)) {
    return [`Card version ${card.version} is above ${MAX_VERSION}, the highest Teams renders everywhere.`];
  }
  return [];
}

// Walks every object of the card JSON, telling the visitor whether an object sits in an "actions"
// list (a visible button) and the JSON path it was found at. Host extensions ("msteams": mentions,
// width) are not card elements and are left out.
function walk(node, visit, where = '$', inActionList = false) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, visit, `${where}[${i}]`, inActionList));
    return;
  }
  if (!node || typeof node !== 'object') return;
  visit(node, where, inActionList);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'msteams') continue;
    walk(child, visit, `${where}.${key}`, key === 'actions');
  }
}

function label(node, where) {
  const title = node.title ? ` "${node.title}"` : node.id ? ` (id "${node.id}")` : '';
  return `${node.type}${title} at ${where}`;
}

function ruleErrors(card) {
  const errors = [];
  const warnings = [];
  const inputIds = new Map();
  walk(card, (node, where, inActionList) => {
    const type = typeof node.type === 'string' ? node.type : null;
    if (!type) return;
    if (type === 'Action.Execute' && (typeof node.verb !== 'string' || node.verb.trim() === '')) {
      errors.push(`${label(node, where)} has no verb (Teams would send an invoke the bot cannot route).`);
    }
    if (inActionList && BUTTON_TYPES.has(type) && (typeof node.title !== 'string' || node.title.trim() === '')) {
      errors.push(`${type} at ${where} has no title (Teams shows an empty button).`);
    }
    if (type.startsWith('Input.') && node.id !== undefined) {
      const first = inputIds.get(node.id);
      if (first) errors.push(`Input id "${node.id}" is used twice (${first} and ${where}); values would overwrite each other.`);
      else inputIds.set(node.id, where);
    }
    const registry = type.startsWith('Action.') ? AC.GlobalRegistry.actions : AC.GlobalRegistry.elements;
    if (type !== 'AdaptiveCard' && !PART_TYPES.has(type) && !registry.findByName(type)) {
      if (node.fallback === undefined) errors.push(`Unknown type ${label(node, where)} without a fallback.`);
      else warnings.push(`Unknown type ${label(node, where)}; hosts without it show its fallback.`);
    }
  });
  return { errors, warnings };
}

// The library checks "lang" with a shared /g regex, whose lastIndex survives between calls: every
// other valid value ("fr", "en") would be reported invalid. Same pattern, without the state.
AC.CardElement.langProperty.regEx = /^[a-z]{2,3}$/i;

// Unknown types are judged by ruleErrors (which knows whether a fallback exists); everything else
// the library reports is an error, except hints.
const JUDGED_BY_RULES = new Set([AC.ValidationEvent.UnknownElementType, AC.ValidationEvent.UnknownActionType]);

// Teams reads a choice set's "choices.data" (dynamic typeahead) in cards of any version; the library files
// it under 1.6. It is a warning here: hosts without typeahead show the choice set with its static choices.
function isTeamsTypeahead(event) {
  return event.event === AC.ValidationEvent.UnsupportedProperty && /"choices\.data"/.test(event.message);
}

function rendererEvents(card) {
  const errors = [];
  const warnings = [];
  const record = (event) => {
    if (JUDGED_BY_RULES.has(event.event)) return;
    const text = `${AC.ValidationEvent[event.event]}: ${event.message}`;
    (event.event === AC.ValidationEvent.Hint || isTeamsTypeahead(event) ? warnings : errors).push(text);
  };
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) record(context.getEventAt(i));
  for (const event of parsed.validateProperties().validationEvents) record(event);
  return { errors, warnings };
}

function validate({ name, card }) {
  if (!card || typeof card !== 'object' || Array.isArray(card)) {
    return { name, errors: ['Not a JSON object.'], warnings: [] };
  }
  if (card.type !== 'AdaptiveCard') {
    return { name, errors: [`"type" is ${JSON.stringify(card.type)}, expected "AdaptiveCard".`], warnings: [] };
  }
  const rules = ruleErrors(card);
  let renderer;
  try {
    renderer = rendererEvents(card);
  } catch (error) {
    renderer = { errors: [`The adaptivecards parser threw: ${error.message}`], warnings: [] };
  }
  return {
    name,
    errors: [...versionErrors(card), ...rules.errors, ...renderer.errors],
    warnings: [...rules.warnings, ...renderer.warnings],
  };
}

function main() {
  const files = process.argv.slice(2);
  let cards;
  try {
    cards = files.length === 0
      ? namedCards(JSON.parse(readStdin()), 'stdin')
      : files.flatMap((file) => namedCards(JSON.parse(fs.readFileSync(file, 'utf8')), path.basename(file)));
  } catch (error) {
    console.error(`validate-cards: cannot read the cards: ${error.message}`);
    process.exit(2);
  }
  const results = cards.map(validate);
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  process.exitCode = results.some((r) => r.errors.length > 0) ? 1 : 0;
}

main();
