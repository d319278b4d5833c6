// The main job: build, then run the seed tutorial's LSTM through the built engine.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (args) => {
  const r = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run([join(root, "scripts/build.mjs")]);
// `rnnlens` resolves to dist/engine.js through the package's own "exports".
run(["--import", "tsx", join(root, "examples/tutorial.ts")]);
