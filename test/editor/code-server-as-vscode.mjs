#!/usr/bin/env node
// VS Code's `code` executable, played by code-server and Chromium: pass this file as
// `vscodeExecutablePath` to @vscode/test-electron's runTests (or run it by hand with
// --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]). See vscode-cli.ts.
import { register as registerCjs } from "tsx/cjs/api";
import { register as registerEsm } from "tsx/esm/api";

// Both hooks, as `node --import tsx` does: the project's .ts files load as CommonJS.
registerCjs();
registerEsm();
const cli = await import("./vscode-cli.ts");
const main = cli.main ?? cli.default.main;
process.exitCode = await main(process.argv.slice(2));
