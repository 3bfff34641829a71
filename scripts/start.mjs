// `npm start` / `npm stop`: where Excel desktop exists (Windows, macOS), sideload the add-in into it;
// elsewhere run the preview, the task pane beside an in-memory workbook, and print its address.
// `npm run preview` runs the preview on any system. Only one preview runs per project: starting another
// says where the running one is, and `npm stop` ends it, whichever command started it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { portInUse, previewPort, removeRecord, runningPreview, waitForExit, writeRecord } from "./previewServer.cjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const action = ["stop", "preview"].includes(process.argv[2]) ? process.argv[2] : "start";
const desktop = process.platform === "win32" || process.platform === "darwin";

function runToEnd(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

async function startPreview() {
  const running = runningPreview(root);
  if (running) {
    console.log(`The preview is already running at ${running.url} (process ${running.pid}); \`npm stop\` ends it.`);
    return;
  }
  const port = previewPort();
  if (await portInUse(port)) {
    console.error(
      `Port ${port} is in use by another program, so the preview cannot start; end that program, or choose another port: PREVIEW_PORT=${port + 1} npm start`,
    );
    process.exitCode = 1;
    return;
  }
  const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  if (action === "start") {
    console.log("Excel desktop is not available on this platform: starting the preview (the task pane next to");
    console.log("an in-memory workbook). Its address follows once it is built; `npm stop` ends it.\n");
  }
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--env", "preview"], {
    cwd: root,
    stdio: "inherit",
  });
  writeRecord(root, { pid: server.pid, port });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => {
    removeRecord(root, server.pid);
    process.exit(signal ? 0 : (code ?? 1));
  });
}

/** Ends the preview this project runs; `quiet`: say nothing when none runs (Excel desktop is stopped next). */
async function stopPreview(quiet) {
  const running = runningPreview(root);
  if (!running) {
    if (!quiet) console.log("The preview is not running.");
    return;
  }
  // webpack-dev-server shuts down gracefully on the first signal, which can take a while; a second one
  // makes it exit at once.
  let stopped = false;
  for (const [signal, ms] of [
    ["SIGTERM", 3000],
    ["SIGTERM", 5000],
    ["SIGKILL", 2000],
  ]) {
    try {
      process.kill(running.pid, signal);
    } catch {
      // It ended between the check and the signal.
    }
    if ((stopped = await waitForExit(running.pid, ms))) break;
  }
  if (stopped) {
    removeRecord(root, running.pid);
    console.log(`Stopped the preview at ${running.url} (process ${running.pid}).`);
  } else {
    console.error(`The preview (process ${running.pid}) did not stop; end it with: kill -9 ${running.pid}`);
    process.exitCode = 1;
  }
}

if (action === "preview") await startPreview();
else if (action === "stop") {
  await stopPreview(desktop);
  if (desktop) runToEnd("npx", ["--no-install", "office-addin-debugging", "stop", "manifest.xml"]);
} else if (desktop) runToEnd("npx", ["--no-install", "office-addin-debugging", "start", "manifest.xml"]);
else await startPreview();
