import { afterAll, beforeAll, inject } from "vitest";
import { describeWithTool } from "../../helpers/requiredTool";
import { chromiumMissing, launchChromium, type Browser } from "./chromium";

/**
 * A suite that runs in headless Chromium against the preview. Where Chromium is missing it fails with
 * the reason in continuous integration (CI=true), and is skipped, saying why, elsewhere.
 */
export function describeInBrowser(name: string, body: (session: () => BrowserSession) => void): void {
  describeWithTool(name, chromiumMissing(), () => {
    let session: BrowserSession | undefined;
    beforeAll(async () => {
      session = { browser: await launchChromium(), previewUrl: inject("previewUrl") };
    });
    afterAll(async () => {
      await session?.browser.close();
    });
    body(() => session ?? unavailable());
  });
}

export interface BrowserSession {
  browser: Browser;
  /** The preview's address, ending in "/". */
  previewUrl: string;
}

function unavailable(): never {
  throw new Error("the browser session has not started");
}
