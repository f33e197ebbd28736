#!/usr/bin/env node
/**
 * npm start: build and serve the add-in over HTTPS on https://localhost:3000,
 * and sideload it into Excel where Excel is installed (Windows, macOS: through
 * office-addin-debugging). On a machine without Excel it keeps serving and
 * prints how to load manifest.xml by hand.
 */
const { spawn } = require("child_process");
const path = require("path");
const net = require("net");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const manifest = path.join(root, "manifest.xml");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  return child;
}

function waitForPort(p, cb) {
  const socket = net.connect(p, "127.0.0.1");
  socket.on("connect", () => {
    socket.end();
    cb();
  });
  socket.on("error", () => setTimeout(() => waitForPort(p, cb), 500));
}

const canSideload =
  (process.platform === "win32" || process.platform === "darwin") && !process.env.BTU_NO_SIDELOAD;

if (canSideload) {
  // Starts `npm run dev-server` itself, then sideloads manifest.xml into Excel desktop.
  run(npx, ["office-addin-debugging", "start", manifest, "desktop", "--app", "excel"]);
} else {
  run(npm, ["run", "dev-server"]);
  waitForPort(port, () => {
    console.log(`
==> The add-in is served at https://localhost:${port}/ (Ctrl+C stops it).

No Excel to sideload into on this machine (${process.platform}). To load the add-in:
  * Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins >
    Upload My Add-in, and choose ${manifest}
  * Excel desktop (Windows): share the folder holding manifest.xml as a trusted add-in
    catalog (File > Options > Trust Center > Trusted Add-in Catalogs), or run
    "npx office-addin-debugging start manifest.xml desktop" there.
  * Excel desktop (macOS): copy manifest.xml to
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.
The browser or Excel must trust the development certificate authority in
~/.office-addin-dev-certs/ca.crt (npx office-addin-dev-certs install, with admin rights).
The task pane also works stand-alone in any browser: https://localhost:${port}/taskpane.html
Functions without Excel: npx btu-calc CONSULT_DISCOUNTED 2004-10-01
`);
  });
}
