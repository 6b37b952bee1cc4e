#!/usr/bin/env node
'use strict';
// Prints a PNG's header facts and its pixels as RGBA, for tests that check the app icons:
//   node png-pixels.js <file.png>  →  {"width":..,"height":..,"colorType":..,"rgba":"<base64>"}
const fs = require('node:fs');
const { PNG } = require('pngjs');

const file = process.argv[2];
if (!file) {
  console.error('usage: node png-pixels.js <file.png>');
  process.exit(2);
}
// pngjs expands every colour type to 8-bit RGBA in `data`; the header keeps the stored colour type.
const image = PNG.sync.read(fs.readFileSync(file));
process.stdout.write(JSON.stringify({ width: image.width, height: image.height, colorType: image.colorType, rgba: image.data.toString('base64') }));
