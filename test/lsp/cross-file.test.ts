// Files that import from other files: an open file's diagnostics follow the exports of the open
// (possibly unsaved) files it imports, whatever order they were opened in, and closing the
// imported file falls back to what is on disk.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, textIn, messageOf } from "./client";

const CONFIG = "export const INPUT = 10;\nexport const HIDDEN = 20;\n";
const MODEL = `import { torch, nn } from "rnnlens";
import { INPUT, HIDDEN } from "./config";

const lstm = new nn.LSTM(10, HIDDEN);
const x = torch.randn(5, 3, INPUT);
const [out, [h, c]] = lstm.forward(x);
`;
const LAYERS = `import { nn } from "rnnlens";
export const encoder = new nn.GRU(16, 32, 2);
`;
const USES_LAYERS = `import { torch } from "rnnlens";
import { encoder } from "./layers";

const [o, h] = encoder.forward(torch.randn(4, 2, 16), torch.randn(1, 2, 32));
`;

describe("LSP over stdio: imports between files", { timeout: 120_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), "rnnlens-lsp-cross-"));
    client = new LspClient();
    await client.initialize();
  });

  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const codes = (uri: string) => client.latest(uri)?.diagnostics.map((d) => `${d.code}: ${messageOf(d)}`).join("\n") ?? "(none)";
  const until = (uri: string, want: (codes: string) => boolean, what: string) => client.waitFor(() => want(codes(uri)), DEADLINE_MS, `${what}; last: ${codes(uri)}`);

  it("files on disk: editing the imported file's exported constant updates the importer", async () => {
    writeFileSync(join(dir, "config.ts"), CONFIG);
    writeFileSync(join(dir, "model.ts"), MODEL);
    const config = fileUri(join(dir, "config.ts"));
    const model = fileUri(join(dir, "model.ts"));
    await client.open(model, MODEL);
    assert.deepEqual((await client.diagnostics(model, { version: 1 })).diagnostics, []);
    await client.open(config, CONFIG);
    await client.diagnostics(config, { version: 1 });

    await client.replace(config, "INPUT = 10", "INPUT = 7");
    await until(model, (c) => c === "input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 7", "importer shows the error");
    // The version is the importer's own (it did not change).
    assert.equal(client.latest(model)?.version, 1);

    await client.replace(config, "INPUT = 7", "INPUT = 10");
    await until(model, (c) => c === "", "importer's error is gone");

    // Closing the edited (unsaved) file: the importer sees the disk again.
    await client.replace(config, "INPUT = 10", "INPUT = 12");
    await until(model, (c) => c.includes("got 12"), "importer shows the unsaved value");
    await client.close(config);
    await until(model, (c) => c === "", "importer follows the disk after the close");
    await client.close(model);
  });

  it("unsaved files, the importer opened first: opening and editing the imported file updates the importer", async () => {
    const config = fileUri(join(dir, "unsaved", "config.ts"));
    const model = fileUri(join(dir, "unsaved", "model.ts"));
    await client.open(model, MODEL);
    assert.deepEqual((await client.diagnostics(model, { version: 1 })).diagnostics, []);
    await client.open(config, CONFIG.replace("INPUT = 10", "INPUT = 9"));
    await until(model, (c) => c.includes("Expected 10, got 9"), "importer sees the newly opened file");
    await client.replace(config, "INPUT = 9", "INPUT = 10");
    await until(model, (c) => c === "", "importer follows the edit");
    await client.replace(config, "INPUT = 10", "INPUT = 11");
    await until(model, (c) => c.includes("got 11"), "importer follows the next edit");
    // Closing an unsaved imported file: the import no longer resolves, so nothing is known.
    await client.close(config);
    await until(model, (c) => c === "", "no stale diagnostics from a closed unsaved file");
    await client.close(model);
  });

  it("unsaved files, the imported file opened first", async () => {
    const config = fileUri(join(dir, "unsaved2", "config.ts"));
    const model = fileUri(join(dir, "unsaved2", "model.ts"));
    await client.open(config, CONFIG.replace("HIDDEN = 20", "HIDDEN = 0"));
    await client.open(model, MODEL);
    await until(model, (c) => c.startsWith("invalid-argument"), "invalid hidden size from the other file");
    await client.replace(config, "HIDDEN = 0", "HIDDEN = 20");
    await until(model, (c) => c === "", "fixed in the other file");
    await client.close(config);
    await client.close(model);
  });

  it("related information points into the file that set the expectation", async () => {
    const layers = fileUri(join(dir, "rel", "layers.ts"));
    const uses = fileUri(join(dir, "rel", "uses.ts"));
    await client.open(layers, LAYERS);
    await client.open(uses, USES_LAYERS);
    await until(uses, (c) => c.startsWith("hidden-size-mismatch"), "h0 with the wrong number of layers");
    const d = client.latest(uses)?.diagnostics[0];
    const rel = d?.relatedInformation?.[0];
    assert.equal(rel?.location.uri, layers);
    assert.equal(textIn(LAYERS, rel!.location.range), "2");
    assert.equal(textIn(USES_LAYERS, d!.range), "torch.randn(1, 2, 32)");
    // Editing the module's file fixes the importer.
    await client.replace(layers, "32, 2)", "32, 1)");
    await until(uses, (c) => c === "", "fixed by editing the imported module");
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
