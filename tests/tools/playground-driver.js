#!/usr/bin/env node
// Drives the Microsoft 365 Agents Playground web UI in headless Chromium, like a user would.
//
//   node playground-driver.js --url http://127.0.0.1:<playground port> [--artifacts <dir>]
//
// Protocol: one JSON command per stdin line, one JSON answer per stdout line, in order.
//   -> { "id": 1, "cmd": "openChat", "chat": "Personal Chat" }
//   <- { "id": 1, "ok": true, "result": ... }   or   { "id": 1, "ok": false, "error": "...", "screenshot": "..." }
// The first stdout line is { "ready": true, "startupMs": N } once the UI is loaded (or
// { "ready": false, "error": "..." }). Nothing else is written to stdout; diagnostics go to stderr.
//
// Commands (every "card" argument is text the target card contains; without it, the last card):
//   openChat      { chat }                      click the chat or channel in the left tree
//   send          { text, mention? }            type into the message box and send; mention = bot
//                                               name to @mention first (group chats, channels)
//   waitForCard   { contains, after?, timeoutMs? } wait for a card containing the text, among the cards
//                                               from index "after" on -> { text, index, count }
//   waitForText   { contains, timeoutMs? }      wait for any message containing the text
//   cardTexts     {}                            texts of the cards in the open chat, oldest first
//   textOf        { contains, timeoutMs? }      the whole text of the last message containing the text
//   clickAction   { title, card? }              click a card button by its title
//   typeInput     { input, text, card? }        type into a text/number/date input by label or placeholder
//                                               ("\n" in text is Enter: a new line in a multi-line input)
//   inputValue    { input, card? }              the value a text input or drop-down shows
//   selectChoice  { choice, input?, search?, card? } pick a choice (radio, checkbox or drop-down option), in
//                                               the choice set labelled "input" if given; "search" is typed
//                                               into a filtered or typeahead drop-down first
//   screenshot    { path, fullPage? }           PNG of the page
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { launch } = require('./chromium');

const DEFAULT_TIMEOUT_MS = 15000;
// Cards of the conversation, not the cards nested inside them (Action.ShowCard).
const TOP_LEVEL_CARDS = '.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)';
// Inputs a user types into; radio buttons, checkboxes and drop-downs are picked with selectChoice.
const TYPED_INPUTS = 'input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([role=combobox]), textarea';

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const url = argument('url');
const artifacts = argument('artifacts', path.join(process.cwd(), 'artifacts', 'test'));
let page;
let failures = 0;

function cards() {
  return page.locator(TOP_LEVEL_CARDS);
}

function cardWith(text) {
  const all = cards();
  return (text ? all.filter({ hasText: text }) : all).last();
}

async function requireOne(locator, what) {
  const count = await locator.count();
  if (count === 0) throw new Error(`${what} not found.`);
  return locator.first();
}

// The first of the candidates that finds something, in order of preference.
async function firstFound(candidates, what) {
  for (const candidate of candidates) {
    if ((await candidate.count()) > 0) return candidate.first();
  }
  throw new Error(`${what} not found.`);
}

// Labels are matched from their start first ("Données personnelles" is not "DPO consulté ? (si données
// personnelles)"), then anywhere in them; both ignore case, so a "(required)" suffix needs no spelling out.
function labelPatterns(label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [new RegExp(`^\\s*${escaped}`, 'i'), new RegExp(escaped, 'i')];
}

function typedInput(scope, input) {
  const typed = scope.locator(TYPED_INPUTS);
  return firstFound(
    [...labelPatterns(input).map((pattern) => scope.getByLabel(pattern).and(typed)), scope.getByPlaceholder(input, { exact: false }).and(typed)],
    `Input "${input}"`);
}

// A choice set by its label: radio buttons or checkboxes (a group), or a drop-down.
function choiceSet(scope, input) {
  return firstFound(
    labelPatterns(input).flatMap((pattern) => [
      scope.getByRole('radiogroup', { name: pattern }).or(scope.getByRole('group', { name: pattern })),
      scope.getByRole('combobox', { name: pattern }),
    ]),
    `Choice set "${input}"`);
}

// An option by its exact title, else the one its title starts with (catalogue entries end with their owner).
function option(scope, roles, choice) {
  const [startsWith] = labelPatterns(choice);
  const byName = (name) => roles.map((role) => scope.getByRole(role, { name, exact: true })).reduce((all, one) => all.or(one));
  return firstFound([byName(choice), byName(startsWith)], `Choice "${choice}"`);
}

async function pickFromDropDown(combobox, choice, search) {
  if (search) {
    // Typing opens the pop-up with the choices that match.
    await combobox.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(search);
  } else if ((await combobox.getAttribute('aria-expanded')) !== 'true') {
    await combobox.click();
  }
  // The options live in a pop-up outside the card; the drop-down names it (a multi-select one lists menu checkboxes).
  const popupId = await combobox.getAttribute('aria-controls');
  const popup = popupId ? page.locator(`[id="${popupId}"]`) : page;
  await (await option(popup, ['option', 'menuitemcheckbox'], choice)).click();
  // A multi-select pop-up stays open over the inputs below it.
  if ((await combobox.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
}

const commands = {
  async openChat({ chat }) {
    await page.getByRole('treeitem', { name: chat }).first().click();
    await page.getByRole('textbox').last().waitFor({ state: 'visible' });
    return null;
  },

  async send({ text, mention }) {
    const box = page.getByRole('textbox').last();
    await box.click();
    if (mention) {
      await page.keyboard.type(`@${mention}`);
      await page.getByRole('option', { name: mention }).or(page.getByRole('menuitem', { name: mention })).first().click();
      await page.keyboard.type(' ');
    }
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.getByText(text, { exact: false }).last().waitFor({ state: 'visible' });
    return null;
  },

  async waitForCard({ contains, after = 0, timeoutMs = DEFAULT_TIMEOUT_MS }) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const texts = await cards().allInnerTexts();
      for (let index = texts.length - 1; index >= after; index--) {
        if (texts[index].includes(contains)) return { text: texts[index], index, count: texts.length };
      }
      if (Date.now() > deadline) {
        throw new Error(`No card containing "${contains}"${after ? ` after the first ${after} cards` : ''} within ${timeoutMs} ms.`);
      }
      await page.waitForTimeout(100);
    }
  },

  async waitForText({ contains, timeoutMs = DEFAULT_TIMEOUT_MS }) {
    await page.getByText(contains, { exact: false }).last().waitFor({ state: 'visible', timeout: timeoutMs });
    return null;
  },

  async textOf({ contains, timeoutMs = DEFAULT_TIMEOUT_MS }) {
    const found = page.getByText(contains, { exact: false }).last();
    await found.waitFor({ state: 'visible', timeout: timeoutMs });
    return found.innerText();
  },

  async cardTexts() {
    return cards().allInnerTexts();
  },

  async clickAction({ title, card }) {
    const button = await requireOne(cardWith(card).getByRole('button', { name: title, exact: true }), `Button "${title}"`);
    await button.click();
    return null;
  },

  async typeInput({ input, text, card }) {
    const field = await typedInput(cardWith(card), input);
    await field.click();
    await page.keyboard.press('Control+A');
    // Typed key by key: locator.fill() does not reach the values Action.Execute sends.
    await page.keyboard.type(String(text));
    return null;
  },

  async inputValue({ input, card }) {
    const scope = cardWith(card);
    const typed = scope.locator(TYPED_INPUTS).or(scope.getByRole('combobox'));
    const field = await firstFound(labelPatterns(input).map((pattern) => scope.getByLabel(pattern).and(typed)), `Input "${input}"`);
    return field.inputValue();
  },

  async selectChoice({ choice, input, search, card }) {
    const scope = cardWith(card);
    if (input) {
      const set = await choiceSet(scope, input);
      if ((await set.getAttribute('role')) === 'combobox') await pickFromDropDown(set, choice, search);
      else await (await option(set, ['radio', 'checkbox'], choice)).click();
      return null;
    }
    const expanded = scope.getByRole('radio', { name: choice, exact: true }).or(scope.getByRole('checkbox', { name: choice, exact: true }));
    if ((await expanded.count()) > 0) {
      await expanded.first().click();
      return null;
    }
    await pickFromDropDown(await requireOne(scope.getByRole('combobox'), 'Drop-down'), choice, search);
    return null;
  },

  // The whole card, even when it is taller than the chat pane (a page screenshot only shows what is scrolled into view).
  async screenshotCard({ card, path: file }) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const target = await requireOne(cardWith(card), `Card "${card}"`);
    // The chat pane scrolls inside a fixed-height page: grow the window so the whole card is on screen.
    const original = page.viewportSize();
    const box = await target.boundingBox();
    if (original && box && box.height + 300 > original.height) {
      await page.setViewportSize({ width: original.width, height: Math.ceil(box.height) + 300 });
    }
    try {
      await target.scrollIntoViewIfNeeded();
      await target.screenshot({ path: file });
    } finally {
      if (original) await page.setViewportSize(original);
    }
    return file;
  },

  async screenshot({ path: file, fullPage = false }) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage });
    return file;
  },
};

async function failureScreenshot() {
  try {
    failures += 1;
    const file = path.join(artifacts, `playground-driver-failure-${process.pid}-${failures}.png`);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: file });
    return file;
  } catch {
    return null;
  }
}

function answer(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

async function run(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch {
    answer({ id: null, ok: false, error: `Not JSON: ${line}` });
    return;
  }
  const handler = commands[request.cmd];
  if (!handler) {
    answer({ id: request.id, ok: false, error: `Unknown command "${request.cmd}".` });
    return;
  }
  try {
    answer({ id: request.id, ok: true, result: await handler(request) });
  } catch (error) {
    const screenshot = await failureScreenshot();
    const visibleCards = await cards().allInnerTexts().catch(() => []);
    answer({ id: request.id, ok: false, error: error.message, screenshot, cards: visibleCards });
  }
}

async function main() {
  if (!url) throw new Error('Usage: playground-driver.js --url http://127.0.0.1:<port> [--artifacts <dir>]');
  const started = Date.now();
  const browser = await launch();
  page = browser.page;
  page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  const shutdown = async () => {
    await browser.close();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  try {
    // A loaded machine can take well over the default 15 s to serve the first page.
    await page.goto(url, { timeout: 60000 });
    await page.getByRole('treeitem').first().waitFor({ state: 'visible', timeout: 30000 });
  } catch (error) {
    answer({ ready: false, error: `The Playground UI did not load from ${url}: ${error.message}` });
    await browser.close();
    process.exit(1);
  }
  answer({ ready: true, startupMs: Date.now() - started });

  // Commands run one at a time, in arrival order.
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  let queue = Promise.resolve();
  lines.on('line', (line) => {
    if (line.trim() !== '') queue = queue.then(() => run(line));
  });
  lines.on('close', () => queue.then(shutdown));
}

main().catch((error) => {
  answer({ ready: false, error: error.message });
  process.exit(1);
});
