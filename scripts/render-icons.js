#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest names: the ribbon sizes Microsoft
// lists for a command icon (16, 32 and 80 required; 20, 24, 40, 48 and 64 for other DPI
// scales), 32 and 64 for IconUrl and HighResolutionIconUrl, and 128 for the store,
// with Debian's Chromium through playwright-core. Run after editing the SVG:
//   node scripts/render-icons.js
const { chromium } = require("playwright-core");
const fs = require("fs");
const path = require("path");

(async () => {
  const svg = fs.readFileSync(path.join(__dirname, "..", "assets", "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage();
  for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`
    );
    await page.screenshot({
      path: path.join(__dirname, "..", "assets", `icon-${size}.png`),
      omitBackground: true,
    });
  }
  await browser.close();
})();
