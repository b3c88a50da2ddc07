// Draws the Teams app icons: color.png (192x192, the glyph in white on the accent colour) and outline.png
// (32x32, the glyph in white on a transparent background), as the Teams app package asks.
// The glyph is a journey: three stops joined by a path. Run: node deployment/teams/icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './formats.mjs';

export const accentColor = '#1F6F8B';

// In unit coordinates (0..1) of the glyph's box.
const stops = [[0.2, 0.7], [0.5, 0.32], [0.8, 0.62]];
const stopRadius = 0.11;
const pathWidth = 0.075;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inGlyph(x, y) {
  if (stops.some(([cx, cy]) => Math.hypot(x - cx, y - cy) <= stopRadius)) return true;
  for (let i = 0; i + 1 < stops.length; i++) {
    if (distanceToSegment(x, y, stops[i], stops[i + 1]) <= pathWidth / 2) return true;
  }
  return false;
}

/** Glyph coverage (0..1) of each pixel, 4x4 samples a pixel; the glyph fills the image less a margin. */
function coverage(size, margin) {
  const cover = new Float64Array(size * size);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size - margin) / (1 - 2 * margin);
          const v = ((y + (sy + 0.5) / samples) / size - margin) / (1 - 2 * margin);
          if (inGlyph(u, v)) hits++;
        }
      }
      cover[y * size + x] = hits / (samples * samples);
    }
  }
  return cover;
}

export function colorIcon() {
  const size = 192;
  const [r, g, b] = [1, 3, 5].map(i => parseInt(accentColor.slice(i, i + 2), 16));
  const cover = coverage(size, 0.12);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    rgba.set([r + (255 - r) * c, g + (255 - g) * c, b + (255 - b) * c, 255].map(Math.round), i * 4);
  });
  return encodePng(size, size, rgba);
}

export function outlineIcon() {
  const size = 32;
  const cover = coverage(size, 0.02);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    // White where drawn, fully transparent elsewhere (Teams tints the outline icon itself).
    rgba.set(c > 0 ? [255, 255, 255, Math.round(255 * c)] : [0, 0, 0, 0], i * 4);
  });
  return encodePng(size, size, rgba);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  fs.writeFileSync(path.join(here, 'color.png'), colorIcon());
  fs.writeFileSync(path.join(here, 'outline.png'), outlineIcon());
  console.log('wrote color.png (192x192) and outline.png (32x32)');
}
