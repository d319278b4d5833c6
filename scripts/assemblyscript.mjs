// Compiles an AssemblyScript source to a WebAssembly binary in memory (nothing is written next to
// the source): the engine's kernels (scripts/build-wasm.mjs) and the benchmark's calibration
// kernel (bench/peak/compile.mjs) both build this way.
import asc from "assemblyscript/asc";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Returns the binary as a Buffer; throws with asc's diagnostics when compilation fails. */
export async function compileAssemblyScript(source, args) {
  let binary = null;
  const { error, stderr } = await asc.main([source, ...args, "--outFile", "out.wasm"], {
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
  if (error) throw new Error(`asc failed on ${source} (${args.join(" ")}): ${error.message}\n${stderr.toString()}`);
  if (!binary) throw new Error(`asc wrote no binary for ${source}`);
  return Buffer.from(binary);
}
