// Launches Debian's Chromium the way every browser-driving test tool here needs it: headless, a
// fresh throw-away profile, no sandbox (containers and root), nothing that phones home, and every
// request to a non-loopback host aborted so tests stay offline and deterministic.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function isAllowed(url) {
  if (!/^https?:/i.test(url)) return true; // data:, blob:, about: never leave the machine
  return LOOPBACK_HOSTS.has(new URL(url).hostname);
}

async function launch({ viewport = { width: 1280, height: 900 } } = {}) {
  if (!fs.existsSync(EXECUTABLE)) {
    throw new Error(`${EXECUTABLE} is missing: run "bash scripts/test.sh" (it installs Debian's chromium).`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'governancebot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport,
    locale: 'fr-FR',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route('**/*', (route) => (isAllowed(route.request().url()) ? route.continue() : route.abort()));
  const page = context.pages()[0] || (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

module.exports = { launch };
