// `npm start` / `npm stop`: where Excel desktop exists (Windows, macOS), sideload the add-in into it;
// elsewhere run the preview, the task pane beside an in-memory workbook, and print its address.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const action = process.argv[2] === "stop" ? "stop" : "start";
const desktop = process.platform === "win32" || process.platform === "darwin";
/** The preview server's process id while it runs, for `npm stop` from another terminal. */
const pidFile = join(root, "node_modules", ".cache", "campaign-budget", "preview.pid");

function runToEnd(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/**
 * Whether the process is the preview server this script started; a stale id may name another process.
 * webpack-cli names its process "webpack".
 */
function isPreviewServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, "utf8").includes("webpack");
}

function startPreview() {
  const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  console.log("Excel desktop is not available on this platform: starting the preview (the task pane next to");
  console.log("an in-memory workbook). Its address follows once it is built; `npm stop` ends it.\n");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--env", "preview"], {
    cwd: root,
    stdio: "inherit",
  });
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, String(server.pid));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => {
    rmSync(pidFile, { force: true });
    process.exit(signal ? 0 : (code ?? 1));
  });
}

function stopPreview() {
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8")) : NaN;
  if (Number.isInteger(pid) && isPreviewServer(pid)) {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the preview (process ${pid}).`);
  } else {
    console.log("The preview is not running.");
  }
  rmSync(pidFile, { force: true });
}

if (desktop) runToEnd("npx", ["--no-install", "office-addin-debugging", action, "manifest.xml"]);
else if (action === "stop") stopPreview();
else startPreview();
