#!/usr/bin/env node
/**
 * npm stop: stops what npm start started. Where npm start sideloaded into
 * Excel (Windows, macOS), office-addin-debugging stop unregisters the add-in
 * and stops its server; on Linux it stops the development server whose
 * process id npm start kept in .btu-dev-server.pid (and only that process).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const PID_FILE = path.join(root, ".btu-dev-server.pid");

if (
  (process.platform === "win32" || process.platform === "darwin") &&
  !process.env.BTU_NO_SIDELOAD
) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(npx, ["office-addin-debugging", "stop", path.join(root, "manifest.xml")], {
    cwd: root,
    stdio: "inherit",
  });
  process.exitCode = r.status ?? 1;
} else if (!fs.existsSync(PID_FILE)) {
  console.log("npm stop: no development server started by npm start is running.");
} else {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  try {
    // npm run dev-server leads its own process group on POSIX only when detached; stop it and its webpack child.
    process.kill(pid, "SIGTERM");
    console.log(`npm stop: stopped the development server (process ${pid}).`);
  } catch (e) {
    console.log(`npm stop: process ${pid} was no longer running (${e.code}).`);
  }
  fs.rmSync(PID_FILE, { force: true });
}
