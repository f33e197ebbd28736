#!/usr/bin/env node
/**
 * npm start [-- ARGS]: build and serve the add-in over HTTPS on
 * https://localhost:3000 and sideload the development manifest.
 * - Where Excel can be sideloaded into (Windows, macOS) the arguments go to
 *   `office-addin-debugging start manifest.xml` as they are, so
 *   `npm start -- web --document <url>` (Excel on the web) and
 *   `npm start -- desktop` work as in Microsoft's templates (default: desktop).
 * - Elsewhere (Linux) it serves and prints how to load manifest.xml by hand.
 * A busy port is refused before anything starts; "served" is printed only
 * once this server itself answers over HTTPS. The server's process id is
 * kept in .btu-dev-server.pid so that `npm stop` stops what this started.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const https = require("https");
const net = require("net");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const manifest = path.join(root, "manifest.xml");
const PID_FILE = path.join(root, ".btu-dev-server.pid");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const args = process.argv.slice(2);

/** Resolves true when something already listens on the port. */
function portBusy(p) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (e) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES"));
    server.once("listening", () => server.close(() => resolve(false)));
    server.listen(p, "127.0.0.1");
  });
}

/** Polls until the server answers over HTTPS (any status) or `alive()` turns false. */
function waitForServer(alive, cb) {
  const req = https.get(
    { host: "localhost", port, path: "/", rejectUnauthorized: false, timeout: 2000 },
    (res) => {
      res.resume();
      cb(true);
    }
  );
  req.on("error", () => (alive() ? setTimeout(() => waitForServer(alive, cb), 500) : cb(false)));
  req.on("timeout", () => req.destroy());
}

function run(cmd, cmdArgs, onExit) {
  const child = spawn(cmd, cmdArgs, { cwd: root, stdio: "inherit", env: process.env });
  let exited = false;
  child.on("exit", (code) => {
    exited = true;
    onExit?.();
    process.exitCode = code ?? 0;
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  return { child, alive: () => !exited };
}

async function main() {
  const canSideload =
    (process.platform === "win32" || process.platform === "darwin") && !process.env.BTU_NO_SIDELOAD;
  if (await portBusy(port)) {
    process.stderr.write(
      `npm start: port ${port} is already in use, so the add-in cannot be served there.\n` +
        `Stop what uses it (an earlier npm start: npm stop) or set another port: npm config set btu-separation-addin:dev_server_port 3001\n` +
        `(the manifest names https://localhost:3000/, so Excel needs the server there).\n`
    );
    process.exitCode = 1;
    return;
  }
  if (canSideload) {
    // office-addin-debugging starts `npm run dev-server` itself, then sideloads the development manifest.
    const rest = args.length ? args : ["desktop"];
    run(npx, ["office-addin-debugging", "start", manifest, ...rest, "--app", "excel"]);
    return;
  }
  if (args.length)
    process.stderr.write(
      `npm start: no Excel to sideload into on ${process.platform}; ignoring "${args.join(" ")}" and serving only.\n`
    );
  // The server itself (what `npm run dev-server` runs), so that its process id is the one npm stop ends.
  const server = run(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "serve",
      "--mode",
      "development",
      "--config-name",
      "functions",
      "--config-name",
      "addin",
    ],
    () => fs.rmSync(PID_FILE, { force: true })
  );
  fs.writeFileSync(PID_FILE, String(server.child.pid));
  waitForServer(server.alive, (up) => {
    if (!up) {
      process.stderr.write(
        "npm start: the development server stopped before it served anything.\n"
      );
      return;
    }
    console.log(`
==> The add-in is served at https://localhost:${port}/ (Ctrl+C or npm stop stops it).

No Excel to sideload into on this machine (${process.platform}). To load the add-in:
  * Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins >
    Upload My Add-in, and choose ${manifest}
  * Excel desktop (Windows): share the folder holding manifest.xml as a trusted add-in
    catalog (File > Options > Trust Center > Trusted Add-in Catalogs), or run
    "npm start" there (it sideloads through office-addin-debugging).
  * Excel desktop (macOS): copy manifest.xml to
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.
In Excel the development add-in's functions are =BTUDEV.PAYOUT(...) and so on (its own
namespace, so it installs beside the production add-in's =BTU.*).
The browser or Excel must trust the development certificate authority in
~/.office-addin-dev-certs/ca.crt (npx office-addin-dev-certs install, with admin rights).
The task pane also works stand-alone in any browser: https://localhost:${port}/taskpane.html
Functions without Excel: npx btu-calc CONSULT_DISCOUNTED 2004-10-01
`);
  });
}

main();
