// `npm start` / `npm stop`: sideload into Excel desktop where it exists (Windows, macOS);
// elsewhere serve the add-in for Excel on the web and say how to load it.
import { spawn } from "node:child_process";

const action = process.argv[2] === "stop" ? "stop" : "start";
const desktop = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

if (desktop) {
  run("npx", ["--no-install", "office-addin-debugging", action, "manifest.xml"]);
} else if (action === "stop") {
  console.log("Nothing to stop: stop the development server with Ctrl+C in its terminal.");
} else {
  console.log(
    [
      "Excel desktop is not available on this platform, so the add-in is served for Excel on the web:",
      "  1. Wait for the server below to say it compiled (https://localhost:3000).",
      "  2. In Excel on the web open a workbook, then Home › Add-ins › More Settings › Upload My Add-in,",
      "     and upload manifest.xml from this folder.",
      "",
    ].join("\n"),
  );
  run("npx", ["--no-install", "webpack", "serve", "--mode", "development"]);
}
