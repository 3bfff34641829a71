import { execFile } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll } from "vitest";
import { describeWithTool } from "./requiredTool";

const run = promisify(execFile);

/** The soffice executable on PATH, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "soffice");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

// OOXMLRecalcMode 0 = "always recalculate": without it LibreOffice shows the cached values of an
// .xlsx file and the check would prove nothing.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * A LibreOffice with its own throw-away profile that recalculates every workbook it opens.
 * One per test file: two soffice processes must never share a profile.
 */
export class LibreOfficeRecalculator {
  private readonly profileDir: string;
  private conversions = 0;

  constructor(
    private readonly soffice: string,
    private readonly workDir: string,
  ) {
    this.profileDir = join(workDir, "profile");
    mkdirSync(join(this.profileDir, "user"), { recursive: true });
    writeFileSync(join(this.profileDir, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  }

  /** Opens the workbook, recalculates it and saves it again as .xlsx; returns the saved bytes. */
  async recalculate(inputPath: string): Promise<Buffer> {
    const outDir = join(this.workDir, `recalculated-${++this.conversions}`);
    mkdirSync(outDir, { recursive: true });
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(this.profileDir).href}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      inputPath,
    ];
    const { stdout, stderr } = await run(this.soffice, args, { timeout: 180_000 });
    const outputPath = join(outDir, basename(inputPath).replace(/\.[^.]+$/, "") + ".xlsx");
    try {
      return readFileSync(outputPath);
    } catch {
      throw new Error(`LibreOffice wrote no ${outputPath}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
  }
}

export interface LibreOfficeSession {
  libreOffice: LibreOfficeRecalculator;
  /** A folder of the suite's own for the files it writes, removed after the suite. */
  workDir: string;
}

/**
 * A suite that recalculates workbooks in LibreOffice, with a LibreOffice and a work folder of its own.
 * Where soffice is not on PATH it fails in continuous integration (CI=true) and is skipped elsewhere,
 * saying why.
 */
export function describeWithLibreOffice(name: string, body: (session: () => LibreOfficeSession) => void): void {
  const soffice = findSoffice();
  const missing = soffice
    ? null
    : "LibreOffice (soffice) is not on PATH (on Debian: apt-get install libreoffice-calc-nogui)";
  describeWithTool(name, missing, () => {
    let session: LibreOfficeSession | undefined;
    beforeAll(() => {
      if (!soffice) throw new Error(missing ?? "soffice is not on PATH");
      const workDir = mkdtempSync(join(tmpdir(), "budget-libreoffice-"));
      session = { libreOffice: new LibreOfficeRecalculator(soffice, workDir), workDir };
    });
    afterAll(() => {
      if (session) rmSync(session.workDir, { recursive: true, force: true });
    });
    body(() => {
      if (!session) throw new Error("the LibreOffice session has not started");
      return session;
    });
  });
}
