#!/usr/bin/env node
'use strict';
// Draws the two Teams app icons and writes them as PNGs (encoded by pngjs, from scripts/package.json):
//   color.png   192x192, white emblem on the accent colour
//   outline.png  32x32,  white emblem on a transparent background (Teams tints it)
// The emblem is a shield (governance) holding three rising bars (data maturity).
// Usage: npm ci --prefix scripts && node scripts/generate-icons.js [outputDirectory]   (default: manifest/)

const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

const ACCENT = [0x1f, 0x4e, 0x79]; // keep in step with accentColor in manifest/manifest.json
const SAMPLES_PER_AXIS = 4; // 16 samples per pixel for smooth edges

// Emblem geometry in a unit square, y pointing down.
const STROKE = 0.09;
const SHIELD = shieldOutline();
const BARS = [
  { left: 0.32, right: 0.41, top: 0.50, bottom: 0.68 },
  { left: 0.455, right: 0.545, top: 0.39, bottom: 0.68 },
  { left: 0.59, right: 0.68, top: 0.28, bottom: 0.68 },
];

function shieldOutline() {
  const top = 0.05;
  const shoulder = 0.5;
  const points = [[0.14, top], [0.86, top], [0.86, shoulder]];
  // Right flank curves down to the tip as a quadratic Bézier; the left flank mirrors it.
  const flank = [];
  for (let i = 1; i <= 16; i++) {
    const t = i / 16;
    const x = (1 - t) ** 2 * 0.86 + 2 * (1 - t) * t * 0.86 + t ** 2 * 0.5;
    const y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * 0.8 + t ** 2 * 0.96;
    flank.push([x, y]);
  }
  points.push(...flank);
  for (let i = flank.length - 2; i >= 0; i--) points.push([1 - flank[i][0], flank[i][1]]);
  points.push([0.14, shoulder]);
  return points;
}

function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToOutline(x, y, polygon) {
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ax, ay] = polygon[j];
    const [bx, by] = polygon[i];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

function onEmblem(x, y) {
  if (BARS.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) return true;
  return insidePolygon(x, y, SHIELD) && distanceToOutline(x, y, SHIELD) <= STROKE;
}

/** Share of each pixel the emblem covers, the emblem filling [margin, size - margin] on both axes. */
function coverage(size, margin) {
  const span = size - 2 * margin;
  const result = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES_PER_AXIS; sy++) {
        for (let sx = 0; sx < SAMPLES_PER_AXIS; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES_PER_AXIS - margin) / span;
          const y = (py + (sy + 0.5) / SAMPLES_PER_AXIS - margin) / span;
          if (onEmblem(x, y)) hits++;
        }
      }
      result[py * size + px] = hits / (SAMPLES_PER_AXIS * SAMPLES_PER_AXIS);
    }
  }
  return result;
}

function colorIcon() {
  const size = 192;
  const cover = coverage(size, 40); // Teams guidance: keep the symbol within the central area
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < cover.length; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = Math.round(ACCENT[c] + (255 - ACCENT[c]) * cover[i]);
    rgba[i * 4 + 3] = 255;
  }
  return encodePng(size, size, rgba);
}

function outlineIcon() {
  const size = 32;
  const cover = coverage(size, 1);
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < cover.length; i++) {
    const alpha = Math.round(255 * cover[i]);
    // Fully transparent pixels stay 0,0,0,0; every visible pixel is pure white.
    if (alpha > 0) rgba.set([255, 255, 255, alpha], i * 4);
  }
  return encodePng(size, size, rgba);
}

/** RGBA pixels, rows top to bottom, as an 8-bit RGBA PNG. */
function encodePng(width, height, rgba) {
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba);
  return PNG.sync.write(png);
}

const outputDirectory = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'manifest'));
fs.mkdirSync(outputDirectory, { recursive: true });
fs.writeFileSync(path.join(outputDirectory, 'color.png'), colorIcon());
fs.writeFileSync(path.join(outputDirectory, 'outline.png'), outlineIcon());
console.log(`Icons written to ${outputDirectory}`);
