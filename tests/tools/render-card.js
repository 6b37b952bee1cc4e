#!/usr/bin/env node
// Renders Adaptive Cards in headless Chromium with the adaptivecards JS renderer and a Teams-like
// light host config, saves a PNG per card, lists the card's actions and can click one.
//
// stdin: a JSON array of jobs (one browser serves the whole batch):
//   { "name": "...", "card": {...}, "screenshot": "/abs/file.png" (optional), "width": 540 (optional),
//     "inputs": { "<input id>": "text typed into it" } (optional), "click": "<action title>" (optional) }
// stdout: a JSON array, one result per job, in order:
//   { "name", "screenshot", "text", "actions": [{ "type", "title", "verb", "data", "url" }],
//     "inputs": [{ "id", "type" }], "clicked": { "type", "title", "verb", "data" } | null,
//     "clipped": ["text drawn (partly) outside the card or its clipping box", ...], "error" }
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium');

const RENDERER = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const HOST_CONFIG = JSON.parse(fs.readFileSync(path.join(__dirname, 'teams-light-hostconfig.json'), 'utf8'));

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: 'Segoe UI', sans-serif; }
  #frame { display: inline-block; background: #FFFFFF; border-radius: 4px; box-shadow: 0 1px 2px rgba(0,0,0,.14); }
  .ac-pushButton { font: 600 14px 'Segoe UI', sans-serif; color: #242424; background: #FFFFFF; border: 1px solid #D1D1D1;
    border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; overflow: hidden; text-overflow: ellipsis; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-pushButton.style-destructive { color: #C4314B; border-color: #C4314B; }
  .ac-input { font: 14px 'Segoe UI', sans-serif; border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 8px; }
  .ac-textBlock p { margin: 0; }
  .ac-textBlock ul, .ac-textBlock ol { margin: 0; padding-left: 20px; }
</style></head><body><div id="frame"><div id="card"></div></div></body></html>`;

// Runs in the page: renders one card and reports what a user could do with it.
function renderInPage({ card, hostConfig, width }) {
  // Text a reader cannot see whole: a line box past the card's edge or past an ancestor that hides its
  // overflow (ellipsis buttons, maxLines, columns too narrow for a word).
  const clippedTexts = (root) => {
    const found = [];
    const rootRect = root.getBoundingClientRect();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!text || !node.parentElement || node.parentElement.getClientRects().length === 0) continue;
      const clip = { left: rootRect.left, right: rootRect.right, top: -Infinity, bottom: Infinity };
      for (let box = node.parentElement; box && box !== root; box = box.parentElement) {
        const style = getComputedStyle(box);
        const rect = box.getBoundingClientRect();
        if (style.overflowX !== 'visible') { clip.left = Math.max(clip.left, rect.left); clip.right = Math.min(clip.right, rect.right); }
        if (style.overflowY !== 'visible') { clip.top = Math.max(clip.top, rect.top); clip.bottom = Math.min(clip.bottom, rect.bottom); }
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      const outside = [...range.getClientRects()].some((r) => r.width > 0 && (r.right > clip.right + 1 || r.left < clip.left - 1 || r.bottom > clip.bottom + 1 || r.top < clip.top - 1));
      if (outside) found.push(text);
    }
    return found;
  };

  const AC = window.AdaptiveCards;
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Teams renders a markdown subset in TextBlocks; enough of it for screenshots to read the same.
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const inline = (line) => escape(line)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
    let html = '';
    let list = null;
    for (const line of text.split(/\r?\n/)) {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      const kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (list && kind !== list) { html += `</${list}>`; list = null; }
      if (kind && !list) { html += `<${kind}>`; list = kind; }
      if (kind) html += `<li>${inline((bullet || numbered)[1])}</li>`;
      else if (line.trim() !== '') html += `<p>${inline(line)}</p>`;
    }
    if (list) html += `</${list}>`;
    result.outputHtml = html;
    result.didProcess = true;
  };

  const host = document.getElementById('card');
  host.style.width = `${width}px`;
  host.innerHTML = '';
  window.__clicked = null;
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  adaptiveCard.onExecuteAction = (action) => {
    window.__clicked = {
      type: action.getJsonTypeName(),
      title: action.title ?? null,
      verb: action.verb ?? null,
      data: action.data ?? null,
      url: action.url ?? null,
    };
  };
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  adaptiveCard.parse(card, context);
  host.appendChild(adaptiveCard.render());
  window.__card = adaptiveCard;
  return {
    actions: adaptiveCard.getAllActions().map((action) => ({
      type: action.getJsonTypeName(),
      title: action.title ?? null,
      verb: action.verb ?? null,
      data: action.data ?? null,
      url: action.url ?? null,
    })),
    inputs: adaptiveCard.getAllInputs().map((input) => ({ id: input.id, type: input.getJsonTypeName() })),
    text: host.innerText,
    clipped: clippedTexts(host),
  };
}

async function typeInto(page, inputId, text) {
  const element = await page.evaluateHandle((id) => {
    const input = window.__card.getAllInputs().find((candidate) => candidate.id === id);
    return input ? input.renderedInputControlElement ?? null : null;
  }, inputId);
  const handle = element.asElement();
  if (!handle) throw new Error(`No input with id "${inputId}" in the rendered card.`);
  await handle.click();
  await page.keyboard.press('Control+A');
  // keyboard typing, not fill(): the renderer reads values from its own input events.
  await page.keyboard.type(String(text));
}

async function renderJob(page, job) {
  const width = job.width ?? 540;
  const rendered = await page.evaluate(renderInPage, { card: job.card, hostConfig: HOST_CONFIG, width });
  for (const [id, text] of Object.entries(job.inputs ?? {})) await typeInto(page, id, text);
  let screenshot = null;
  if (job.screenshot) {
    fs.mkdirSync(path.dirname(job.screenshot), { recursive: true });
    await page.locator('#frame').screenshot({ path: job.screenshot });
    screenshot = job.screenshot;
  }
  let clicked = null;
  if (job.click) {
    const button = page.locator('#card').getByRole('button', { name: job.click, exact: true });
    const count = await button.count();
    if (count !== 1) throw new Error(`Expected one button titled "${job.click}", found ${count}.`);
    await button.click();
    clicked = await page.evaluate(() => window.__clicked);
    if (!clicked) throw new Error(`Clicking "${job.click}" executed no action (inputs failing validation?).`);
  }
  return { name: job.name ?? null, screenshot, clicked, ...rendered, error: null };
}

async function main() {
  const jobs = JSON.parse(fs.readFileSync(0, 'utf8'));
  if (!Array.isArray(jobs)) throw new Error('stdin must hold a JSON array of render jobs.');
  const browser = await launch({ viewport: { width: 1000, height: 800 } });
  try {
    await browser.page.setContent(PAGE);
    await browser.page.addScriptTag({ path: RENDERER });
    const results = [];
    for (const job of jobs) {
      try {
        results.push(await renderJob(browser.page, job));
      } catch (error) {
        results.push({ name: job.name ?? null, error: error.message });
      }
    }
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`render-card: ${error.stack || error.message}`);
  process.exit(2);
});
