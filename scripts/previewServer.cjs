// Where the preview listens and how `npm start`, `npm run preview` and `npm stop` find one already running:
// the server's process id and port are kept in out/preview-server.json (out/ is never committed) while it runs.
const fs = require("node:fs");
const net = require("node:net");
const path = require("node:path");

const PREVIEW_HOST = "localhost";
const DEFAULT_PREVIEW_PORT = 3001;

/** The preview's port: PREVIEW_PORT when set, else 3001. */
function previewPort(env = process.env) {
  return Number(env.PREVIEW_PORT) || DEFAULT_PREVIEW_PORT;
}

function previewUrl(port) {
  return `http://${PREVIEW_HOST}:${port}/`;
}

function recordFile(root) {
  return path.join(root, "out", "preview-server.json");
}

/** Notes the server's process and port, for a later start or stop from any terminal. */
function writeRecord(root, record) {
  fs.mkdirSync(path.dirname(recordFile(root)), { recursive: true });
  fs.writeFileSync(recordFile(root), JSON.stringify({ pid: record.pid, port: record.port }));
}

function readRecord(root) {
  try {
    const { pid, port } = JSON.parse(fs.readFileSync(recordFile(root), "utf8"));
    return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) ? { pid, port } : null;
  } catch {
    return null;
  }
}

/** Removes the record, only if it still names this process (when given): a later server may have replaced it. */
function removeRecord(root, pid) {
  const record = readRecord(root);
  if (pid === undefined || (record && record.pid === pid)) fs.rmSync(recordFile(root), { force: true });
}

/**
 * Whether the process is alive and is the preview's server: after a crash or a reboot, a recorded id may
 * name nothing or another program. webpack-cli names its process after itself.
 */
function isPreviewProcess(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !fs.existsSync(cmdline) || fs.readFileSync(cmdline, "utf8").includes("webpack");
}

/** The preview running for this project, or null; a record of one no longer running is removed. */
function runningPreview(root) {
  const record = readRecord(root);
  if (record && isPreviewProcess(record.pid)) return { ...record, url: previewUrl(record.port) };
  if (record) removeRecord(root, record.pid);
  return null;
}

/** Whether something already listens where the preview would, tried with a real listening socket. */
function portInUse(port, host = PREVIEW_HOST) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => (error.code === "EADDRINUSE" ? resolve(true) : reject(error)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/** Waits until the process has exited, up to `ms`; whether it did. */
async function waitForExit(pid, ms = 10_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isPreviewProcess(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isPreviewProcess(pid);
}

module.exports = {
  PREVIEW_HOST,
  previewPort,
  previewUrl,
  writeRecord,
  readRecord,
  removeRecord,
  isPreviewProcess,
  runningPreview,
  portInUse,
  waitForExit,
};
