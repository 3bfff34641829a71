import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// The scripts' own module, plain JavaScript shared by start.mjs and webpack.config.js.
import preview from "../scripts/previewServer.cjs";

const ROOT = resolve(__dirname, "..");
const START = join(ROOT, "scripts", "start.mjs");
const RECORD = join(ROOT, "out", "preview-server.json");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startScript(args: string[], port: number): { child: ChildProcess; done: Promise<Run>; output: () => string } {
  const child = spawn(process.execPath, [START, ...args], {
    cwd: ROOT,
    env: { ...process.env, PREVIEW_PORT: String(port) },
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((finish) => child.on("close", (code) => finish({ code, stdout, stderr })));
  return { child, done, output: () => stdout };
}

const runScript = (args: string[], port: number) => startScript(args, port).done;

function listen(port = 0): Promise<Server> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen({ port, host: preview.PREVIEW_HOST }, () => done(server));
  });
}
const portOf = (server: Server) => (server.address() as { port: number }).port;
const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));

async function freePort(): Promise<number> {
  const server = await listen();
  const port = portOf(server);
  await close(server);
  return port;
}

/** One line, no stack trace. */
function expectOneLine(text: string): string {
  const lines = text.trim().split("\n");
  expect(lines, text).toHaveLength(1);
  expect(text).not.toMatch(/^\s+at /m);
  return lines[0];
}

const work = mkdtempSync(join(tmpdir(), "budget-preview-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the preview's record and port", () => {
  it("sees a port taken by a real listening socket, and free once it closes", async () => {
    const server = await listen();
    const port = portOf(server);
    expect(await preview.portInUse(port)).toBe(true);
    await close(server);
    expect(await preview.portInUse(port)).toBe(false);
  });

  it("forgets a record whose process has ended, or is not the preview's server", async () => {
    const ended = spawn(process.execPath, ["-e", ""]);
    await new Promise((done) => ended.on("close", done));
    preview.writeRecord(work, { pid: ended.pid!, port: 3001 });
    expect(preview.runningPreview(work)).toBeNull();
    expect(preview.readRecord(work)).toBeNull();

    // A live process, but not webpack's: the id was reused after the preview ended.
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      preview.writeRecord(work, { pid: other.pid!, port: 3001 });
      expect(preview.runningPreview(work)).toBeNull();
      expect(preview.readRecord(work)).toBeNull();
    } finally {
      other.kill();
    }
  });

  it("`npm run preview` goes through the same script as `npm start` and `npm stop`", () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts.preview).toBe("node scripts/start.mjs preview");
    expect(scripts.start).toBe("node scripts/start.mjs");
    expect(scripts.stop).toBe("node scripts/start.mjs stop");
  });
});

// These start the real preview server; a preview already running from this folder would answer instead.
const alreadyRunning = preview.runningPreview(ROOT);
const title = alreadyRunning
  ? `start and stop: skipped, a preview of this folder is running at ${alreadyRunning.url}`
  : "start and stop";

describe.skipIf(alreadyRunning)(title, { timeout: 180_000 }, () => {
  it("says in one line that a port is taken by another program, without starting", async () => {
    const other = await listen();
    const port = portOf(other);
    try {
      const run = await runScript(["preview"], port);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      const line = expectOneLine(run.stderr);
      expect(line).toContain(`Port ${port} is in use by another program`);
      expect(line).toContain(`PREVIEW_PORT=${port + 1}`);
      expect(existsSync(RECORD)).toBe(false);
    } finally {
      await close(other);
    }
  });

  it("starts once, says where the running one is on a second start, and npm stop ends it", async () => {
    const port = await freePort();
    const url = `http://localhost:${port}/`;
    const first = startScript(["preview"], port);
    try {
      const ready = Date.now() + 150_000;
      while (!first.output().includes(`Campaign Budget preview: ${url}`)) {
        if (first.child.exitCode !== null || Date.now() > ready)
          throw new Error(`preview did not start:\n${first.output()}`);
        await new Promise((wait) => setTimeout(wait, 200));
      }
      expect((await fetch(url)).status).toBe(200);

      for (const args of [["preview"], []]) {
        const second = await runScript(args, port);
        expect(second.code, second.stderr).toBe(0);
        expect(second.stderr).toBe("");
        expect(expectOneLine(second.stdout)).toMatch(
          new RegExp(`^The preview is already running at ${url} \\(process \\d+\\); \`npm stop\` ends it\\.$`),
        );
      }

      const stop = await runScript(["stop"], port);
      expect(stop.code, stop.stderr).toBe(0);
      expect(expectOneLine(stop.stdout)).toMatch(new RegExp(`^Stopped the preview at ${url} \\(process \\d+\\)\\.$`));
      expect((await first.done).code).toBe(0);
      expect(await preview.portInUse(port)).toBe(false);
      expect(existsSync(RECORD)).toBe(false);

      const again = await runScript(["stop"], port);
      expect(expectOneLine(again.stdout)).toBe("The preview is not running.");
    } finally {
      const left = preview.runningPreview(ROOT);
      if (left) process.kill(left.pid, "SIGKILL");
      first.child.kill();
    }
  });
});
