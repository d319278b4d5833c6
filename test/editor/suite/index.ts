/**
 * The extension tests' entry point (VS Code's `--extensionTestsPath`), bundled to
 * dist-test/editor/index.js: runs every `suites/*.suite.js` beside it with mocha, in name order,
 * inside the editor's extension host. Resolves when all pass; rejects otherwise (the editor then
 * exits 1). Mocha stays external (required from node_modules) so the suites and this runner
 * share one instance.
 *
 * RNNLENS_EDITOR_GREP narrows the run to tests whose full title matches.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import Mocha from "mocha";

export async function run(): Promise<void> {
  // The reporter's lines reach the test runner through the editor's console forwarding, which
  // passes arguments through unformatted: format them here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({ ui: "tdd", color: false, reporter: "spec", timeout: 90_000, slow: 5_000 });
  const grep = process.env["RNNLENS_EDITOR_GREP"];
  if (grep) mocha.grep(grep);
  const dir = join(__dirname, "suites");
  const files = readdirSync(dir).filter((f) => f.endsWith(".suite.js")).sort();
  if (files.length === 0) throw new Error(`no suites in ${dir}`);
  for (const f of files) mocha.addFile(join(dir, f));
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      console.log(`${s?.passes ?? 0} passed, ${failures} failed${s && s.pending > 0 ? `, ${s.pending} skipped` : ""}`);
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
      else if ((s?.passes ?? 0) === 0) reject(new Error("no in-editor test ran"));
      else resolve();
    });
  });
}
