// Compiles ./peak.ts (AssemblyScript) with the features given as arguments (e.g. simd,relaxed-simd)
// and prints the module as base64 on stdout; asc's message on stderr and exit code 1 on failure.
// A separate plain-node process because under tsx (which runs the benchmark) importing
// assemblyscript/asc takes ~10 s: tsx transforms binaryen's 13 MB of JavaScript on every load.
import asc from "assemblyscript/asc";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const source = join(dirname(fileURLToPath(import.meta.url)), "peak.ts");
const features = process.argv[2] ?? "simd";

let binary = null;
const { error, stderr } = await asc.main(["--runtime", "stub", "-O3", "--noAssert", "--enable", features, "--outFile", "peak.wasm", source], {
  // in memory, as scripts/build-wasm.mjs: nothing is written next to the source
  writeFile(name, contents) {
    if (name.endsWith(".wasm")) binary = contents;
  },
  readFile(name, baseDir) {
    try {
      return readFileSync(join(baseDir, name), "utf8");
    } catch {
      return null;
    }
  },
});
if (error || !binary) {
  process.stderr.write(`asc (${features}): ${error ? error.message : "no binary"}\n${stderr.toString()}`);
  process.exit(1);
}
process.stdout.write(Buffer.from(binary).toString("base64"));
