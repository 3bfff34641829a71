import { describe, it } from "vitest";

/** Continuous integration (CI=true) must run every suite: there a tool the machine lacks fails them. */
export const toolsRequired = process.env.CI === "true";

/**
 * A suite that needs a program of the machine (Chromium, LibreOffice). `missing` says why the program
 * cannot run here, or is null when it can. Without it the suite fails with that reason in continuous
 * integration, and is skipped, saying why, elsewhere; a skipped suite's body is still read, so it must
 * start nothing outside its hooks.
 */
export function describeWithTool(name: string, missing: string | null, body: () => void): void {
  if (missing && toolsRequired) {
    describe(name, () => {
      it("has the program it needs", () => {
        throw new Error(`${missing}. Continuous integration (CI=true) must run these tests.`);
      });
    });
    return;
  }
  if (missing) {
    describe.skip(`${name} (skipped: ${missing})`, body);
    return;
  }
  describe(name, body);
}
