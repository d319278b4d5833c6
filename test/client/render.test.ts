// The Run Cell webview's HTML (client/webview/render.ts): shapes, dim meanings, the verdict,
// the heatmap (one cell per (time, feature) per batch item), the first values, the CSP, escaping,
// and the error and nothing-runnable pages.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RunCellResult } from "../../server/lsp/protocol";
import { labelDims, parseMeaning, renderRunCell, valuesTable, type RenderContext } from "../../client/webview/render";

const ctx: RenderContext = { cspSource: "https://file+.vscode-resource.vscode-cdn.net", nonce: "n0nce+/=" };

function seqValues(n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.sin(i * 0.7) * 0.9);
}

/** The PyTorch tutorial's LSTM(10, 20, 2) on input [5, 3, 10] with h0/c0 [2, 3, 20]. */
function tutorial(overrides: Partial<RunCellResult> = {}): RunCellResult {
  return {
    ok: true,
    module: { kind: "LSTM", config: "LSTM(10, 20, num_layers=2)", parameterCount: 5920 },
    dims: { seq: 5, batch: 3 },
    seed: 0,
    inputs: [
      { name: "input", shape: [5, 3, 10] },
      { name: "h0", shape: [2, 3, 20] },
      { name: "c0", shape: [2, 3, 20] },
    ],
    results: [
      { name: "output", shape: [5, 3, 20], meaning: "(seq_len, batch, num_directions * hidden_size)", inferred: "[seq, batch, 20]", values: seqValues(300), valuesTruncated: false },
      { name: "h_n", shape: [2, 3, 20], meaning: "(num_layers * num_directions, batch, hidden_size)", inferred: "[2, batch, 20]", values: seqValues(120), valuesTruncated: false },
      { name: "c_n", shape: [2, 3, 20], meaning: "(num_layers * num_directions, batch, hidden_size)", inferred: "[2, batch, 20]", values: seqValues(120), valuesTruncated: false },
    ],
    timeMs: 1.2345,
    kernels: "wasm-relaxed-simd (2 threads)",
    shapesMatchInferred: true,
    error: null,
    staticProblem: null,
    missingDims: [],
    ...overrides,
  };
}

function count(html: string, re: RegExp): number {
  return (html.match(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)) ?? []).length;
}

/** The SVG blocks of the page. */
function svgs(html: string, cls: string): string[] {
  return [...html.matchAll(new RegExp(`<svg class="${cls}"[\\s\\S]*?</svg>`, "g"))].map((m) => m[0]);
}

describe("renderRunCell: a successful run", () => {
  const html = renderRunCell({ kind: "result", result: tutorial(), location: { file: "examples/tutorial.ts", line: 9, character: 27 } }, ctx);

  it("is a whole HTML page with a strict Content-Security-Policy and no scripts", () => {
    assert.match(html, /^<!DOCTYPE html>/);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, "CSP meta");
    const policy = (meta[1] as string).replace(/&#39;/g, "'");
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-n0nce\+\/='/);
    assert.match(policy, /img-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net data:/);
    assert.doesNotMatch(policy, /script-src|unsafe-eval|https?:\/\/(?!file\+)/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i, "no inline event handlers");
    assert.doesNotMatch(html, /(src|href)="https?:/, "no remote content");
    assert.equal(count(html, /<style nonce="n0nce\+\/=">/), 1);
    assert.equal(count(html, /<style/), 1);
    assert.doesNotMatch(html, /\sstyle="/, "no inline style attributes (the nonce would block them)");
  });

  it("follows the theme through VS Code's CSS variables", () => {
    assert.match(html, /color: var\(--vscode-editor-foreground\)/);
    assert.match(html, /background: var\(--vscode-editor-background\)/);
    assert.match(html, /var\(--vscode-font-family\)/);
  });

  it("shows the layer's configuration, parameters, sample dims, seed, time and location", () => {
    assert.match(html, /<code>LSTM\(10, 20, num_layers=2\)<\/code>/);
    assert.match(html, /5,920/);
    assert.match(html, /<code>seq<\/code> = 5, <code>batch<\/code> = 3/);
    assert.match(html, /<th>Seed<\/th><td>0<\/td>/);
    assert.match(html, /<th>Time<\/th><td>1\.23 ms <span class="muted">·<\/span> <span class="kernels">wasm-relaxed-simd \(2 threads\)<\/span><\/td>/);
    assert.match(html, /examples\/tutorial\.ts:10:28/);
  });

  it("shows the sample input and hx shapes", () => {
    assert.match(html, /<code>input<\/code><\/td><td class="shape">\[5, 3, 10\]/);
    assert.match(html, /<code>h0<\/code><\/td><td class="shape">\[2, 3, 20\]/);
    assert.match(html, /<code>c0<\/code><\/td><td class="shape">\[2, 3, 20\]/);
  });

  it("shows each result's shape and what every dim means", () => {
    assert.match(html, /<code>output<\/code><\/td><td class="shape">\[5, 3, 20\]/);
    assert.match(html, /\(seq_len, batch, num_directions \* hidden_size\)/);
    const dims = (name: string) => {
      const row = new RegExp(`<tr class="result"><td><code>${name}</code>[\\s\\S]*?</tr>`).exec(html)?.[0] ?? "";
      return [...row.matchAll(/<span class="size">(\d+)<\/span> <span class="dim-name">([^<]*)<\/span>/g)].map((m) => `${m[1]} ${m[2]}`);
    };
    assert.deepEqual(dims("output"), ["5 seq_len", "3 batch", "20 num_directions * hidden_size"]);
    assert.deepEqual(dims("h_n"), ["2 num_layers * num_directions", "3 batch", "20 hidden_size"]);
    assert.match(html, /<code>\[seq, batch, 20\]<\/code>/, "the inferred shape");
  });

  it("confirms the concrete shapes equal the inferred ones", () => {
    assert.match(html, /data-verdict="match"/);
    assert.match(html, /The concrete shapes equal the inferred ones/);
  });

  it("draws one heatmap per batch item, one cell per (time, feature), with a legend", () => {
    const maps = svgs(html, "heatmap");
    assert.equal(maps.length, 3, "one per batch item");
    for (const m of maps) {
      assert.equal(count(m, /<rect class="cell"/), 5 * 20);
      assert.match(m, /fill="#[0-9a-f]{6}"/);
    }
    // Cells of batch item 1 read output[t][1][f]: the tooltip of (t=2, f=3) holds that value.
    const v = Math.sin((2 * 3 * 20 + 1 * 20 + 3) * 0.7) * 0.9;
    assert.ok((maps[1] as string).includes(`time step 2, num_directions * hidden_size 3: ${v.toFixed(4)}`));
    assert.equal(count(html, /<details class="panel"/), 3);
    assert.equal(count(html, /<details class="panel" open>/), 1, "the first batch item open");
    assert.match(html, /<summary>batch item 0<\/summary>/);
    assert.match(html, /<summary>batch item 2<\/summary>/);
    const legend = svgs(html, "legend");
    assert.equal(legend.length, 1);
    assert.ok(count(legend[0] as string, /<rect class="legend-swatch"/) >= 16);
    assert.match(html, /Heatmap of <code>output<\/code> <span class="muted">\(time step × num_directions \* hidden_size\)<\/span>/);
  });

  it("shows the first values in small tables", () => {
    assert.equal(count(html, /<table class="values">/), 3);
    const first = /<table class="values">[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
    assert.match(first, /<code>\[0, 0, :\]<\/code>/);
    assert.ok(first.includes(`>${(0).toFixed(4)}<`));
    assert.ok(first.includes(`>${(Math.sin(0.7) * 0.9).toFixed(4)}<`));
  });
});

describe("renderRunCell: other outcomes", () => {
  it("says when the concrete shapes differ from the inferred ones", () => {
    const r = tutorial({ shapesMatchInferred: false });
    const html = renderRunCell({ kind: "result", result: r }, ctx);
    assert.match(html, /data-verdict="differ"/);
    assert.match(html, /differ from the inferred ones/);
    assert.match(html, /<code>output<\/code>: inferred <code>\[seq, batch, 20\]<\/code>, ran <code>\[5, 3, 20\]<\/code>/);
  });

  it("says when nothing was inferred to compare with", () => {
    const html = renderRunCell({ kind: "result", result: tutorial({ shapesMatchInferred: null }) }, ctx);
    assert.match(html, /data-verdict="none"/);
  });

  it("shows PyTorch's error with its exception type when the shapes are invalid", () => {
    const r = tutorial({
      ok: false,
      inputs: [
        { name: "input", shape: [5, 3, 10] },
        { name: "h0", shape: [1, 3, 20] },
        { name: "c0", shape: [2, 3, 20] },
      ],
      results: [],
      shapesMatchInferred: null,
      error: { pytorchType: "RuntimeError", message: "Expected hidden[0] size (2, 3, 20), got [1, 3, 20]" },
    });
    const html = renderRunCell({ kind: "result", result: r }, ctx);
    assert.match(html, /<div class="error" role="alert">/);
    assert.match(html, /<span class="exc">RuntimeError<\/span>: Expected hidden\[0\] size \(2, 3, 20\), got \[1, 3, 20\]/);
    assert.match(html, /<code>h0<\/code><\/td><td class="shape">\[1, 3, 20\]/);
    assert.equal(svgs(html, "heatmap").length, 0);
    assert.doesNotMatch(html, /data-verdict=/);
  });

  it("names the kernels next to the time, and only the time when none are known", () => {
    const ts = renderRunCell({ kind: "result", result: tutorial({ timeMs: 0.04, kernels: "typescript" }) }, ctx);
    assert.match(ts, /<th>Time<\/th><td>0\.040 ms <span class="muted">·<\/span> <span class="kernels">typescript<\/span><\/td>/);
    const none = renderRunCell({ kind: "result", result: tutorial({ kernels: "" }) }, ctx);
    assert.match(none, /<th>Time<\/th><td>1\.23 ms<\/td>/);
    assert.doesNotMatch(none, /class="kernels"/);
  });

  it("says which sizes are missing when the user did not give them", () => {
    const r = tutorial({ ok: false, inputs: [], results: [], shapesMatchInferred: null, missingDims: ["hidden", "inputSize"], module: { kind: "LSTM", config: "LSTM(inputSize, hidden, num_layers=1)", parameterCount: null } });
    const html = renderRunCell({ kind: "result", result: r }, ctx);
    assert.match(html, /needs a size for <code>hidden<\/code>, <code>inputSize<\/code>/);
    assert.match(html, /rnnlens\.sampleDims/);
    assert.doesNotMatch(html, /<th>Time<\/th>/, "nothing ran");
  });

  it("says the layer cannot run when its configuration is not known statically", () => {
    const staticProblem = "The LSTM's configuration is not known statically: LSTM(?, 20, num_layers=1)";
    const r = tutorial({ ok: false, inputs: [], results: [], shapesMatchInferred: null, staticProblem, module: { kind: "LSTM", config: "LSTM(?, 20, num_layers=1)", parameterCount: null } });
    const html = renderRunCell({ kind: "result", result: r }, ctx);
    assert.ok(html.includes("configuration is not known statically"));
    assert.doesNotMatch(html, /class="exc"/, "not presented as a PyTorch error");
    assert.doesNotMatch(html, /<h2>Sample input<\/h2>/);
  });

  it("shows the server's message when nothing at the cursor is runnable", () => {
    const message = "No recurrent layer, Linear, Embedding or forward call at this position";
    const html = renderRunCell({ kind: "message", title: "Nothing to run here", message, hint: "Put the cursor on a constructor", location: { file: "a.ts", line: 0, character: 4 } }, ctx);
    assert.match(html, /<h1>Nothing to run here<\/h1>/);
    assert.ok(html.includes(`<div class="message" role="status">${message}</div>`));
    assert.match(html, /Put the cursor on a constructor/);
    assert.match(html, /a\.ts:1:5/);
    assert.match(html, /Content-Security-Policy/);
  });

  it("shows the size guard's refusal with its estimate, not as a PyTorch error", () => {
    const tooLarge = {
      message: "This run would need about 23.9 GB (parameters 11.9 GB, activations 11.9 GB), more than the 512 MB Run Cell allows; the forward pass would take about 96 s (9.6e+10 FLOPs). Use smaller sample sizes, or raise rnnlens.runCell.maxMemoryMB.",
      limitMB: 512,
      estimate: { parameters: 3_200_160_000, parameterBytes: 12_800_640_000, activationBytes: 12_802_880_000, totalBytes: 25_603_520_000, flops: 9.6e10, seconds: 96 },
    };
    const r = tutorial({ ok: false, inputs: [], results: [], shapesMatchInferred: null, tooLarge, module: { kind: "LSTM", config: "LSTM(20000, 20000, num_layers=1)", parameterCount: null } });
    const html = renderRunCell({ kind: "result", result: r }, ctx);
    assert.ok(html.includes(`<div class="too-large" role="alert" data-too-large="true">${tooLarge.message}</div>`));
    assert.match(html, /<th>Parameters<\/th><td>3,200,160,000 <span class="muted">\(11\.9 GB\)<\/span><\/td>/);
    assert.match(html, /<th>Total<\/th><td>23\.8 GB<\/td>/);
    assert.match(html, /<th>Limit<\/th><td>512 MB /);
    assert.match(html, /<th>Forward pass<\/th><td>9\.6e\+10 FLOPs <span class="muted">·<\/span> about 96\.00 s<\/td>/);
    assert.doesNotMatch(html, /class="exc"|data-verdict=|<h2>Sample input<\/h2>/, "not an error, no verdict, nothing ran");
  });

  it("shows a run in progress with the server's progress and a Cancel button (a command link, no script)", () => {
    const html = renderRunCell({ kind: "running", cancelCommand: "rnnlens.cancelRunCell", progress: { message: "running forward", percentage: 30 }, location: { file: "m.ts", line: 3, character: 1 } }, ctx);
    assert.match(html, /<h1>Running on sample input…<\/h1>/);
    assert.match(html, /m\.ts:4:2/);
    assert.match(html, /<div class="step">Running forward…<\/div>/);
    assert.match(html, /<progress max="100" value="30">30%<\/progress>/);
    assert.match(html, /<a class="button cancel" role="button" href="command:rnnlens\.cancelRunCell">Cancel<\/a>/);
    assert.doesNotMatch(html, /<script/i);
    const starting = renderRunCell({ kind: "running", cancelCommand: "rnnlens.cancelRunCell" }, ctx);
    assert.match(starting, /Starting…/);
    assert.match(starting, /value="0"/);
  });

  it("escapes every text that comes from the server or the user's file", () => {
    const evil = `<img src=x onerror="alert(1)">&'`;
    const r = tutorial({
      module: { kind: evil, config: evil, parameterCount: 1 },
      dims: { [evil]: 2 },
      inputs: [{ name: evil, shape: [5, 3, 10] }],
      results: [{ name: evil, shape: [5, 3, 20], meaning: `(${evil}, batch, x)`, inferred: evil, values: seqValues(300), valuesTruncated: false }],
      kernels: evil,
      shapesMatchInferred: false,
      error: null,
    });
    for (const view of [
      { kind: "result" as const, result: r, location: { file: evil, line: 0, character: 0 } },
      { kind: "result" as const, result: { ...r, error: { pytorchType: evil, message: evil } } },
      { kind: "message" as const, title: evil, message: evil, hint: evil },
      { kind: "result" as const, result: { ...r, tooLarge: { message: evil, limitMB: 1, estimate: { parameters: 1, parameterBytes: 4, activationBytes: 4, totalBytes: 8, flops: 1, seconds: 0 } } } },
      { kind: "running" as const, cancelCommand: "c", progress: { message: evil, percentage: 5 }, location: { file: evil, line: 0, character: 0 } },
    ]) {
      const html = renderRunCell(view, ctx);
      assert.ok(!html.includes("<img"), "no raw tag");
      assert.ok(!html.includes(`"alert(1)"`), "no raw quote");
      assert.ok(html.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;"));
    }
    const html = renderRunCell({ kind: "message", title: "t", message: "m" }, { cspSource: `x" onload="y`, nonce: `"><b>` });
    assert.ok(!html.includes(`onload="y`));
    assert.ok(!html.includes(`"><b>`));
  });

  it("draws a cell's result (batch × hidden) as one heatmap without a batch selector", () => {
    const r = tutorial({
      module: { kind: "GRUCell", config: "GRUCell(10, 20)", parameterCount: 1320 },
      inputs: [{ name: "input", shape: [3, 10] }],
      results: [{ name: "h'", shape: [3, 20], meaning: "(batch, hidden_size)", inferred: "[batch, 20]", values: seqValues(60), valuesTruncated: false }],
    });
    const html = renderRunCell({ kind: "result", result: r }, ctx);
    const maps = svgs(html, "heatmap");
    assert.equal(maps.length, 1);
    assert.equal(count(maps[0] as string, /<rect class="cell"/), 3 * 20);
    assert.equal(count(html, /<details/), 0);
  });

  it("puts time down the heatmap of a batch-first output", () => {
    const r = tutorial({
      module: { kind: "GRU", config: "GRU(10, 20, num_layers=1, batch_first=true)", parameterCount: 1920 },
      results: [{ name: "output", shape: [3, 5, 20], meaning: "(batch, seq_len, num_directions * hidden_size)", inferred: null, values: seqValues(300), valuesTruncated: false }],
    });
    const maps = svgs(renderRunCell({ kind: "result", result: r }, ctx), "heatmap");
    assert.equal(maps.length, 3, "one per batch item (dim 0)");
    for (const m of maps) assert.equal(count(m, /<rect class="cell"/), 5 * 20);
    // batch item 2, time 4, feature 19 reads flat index 2*100 + 4*20 + 19.
    const v = Math.sin((2 * 100 + 4 * 20 + 19) * 0.7) * 0.9;
    assert.ok((maps[2] as string).includes(`time step 4, num_directions * hidden_size 19: ${v.toFixed(4)}`));
  });

  it("leaves cells blank past values the server cut short, and says so", () => {
    const r = tutorial({ results: [{ name: "output", shape: [5, 3, 20], meaning: "(seq_len, batch, num_directions * hidden_size)", inferred: null, values: seqValues(150), valuesTruncated: true }] });
    const html = renderRunCell({ kind: "result", result: r }, ctx);
    const cells = svgs(html, "heatmap").reduce((n, m) => n + count(m, /<rect class="cell"/), 0);
    assert.equal(cells, 150);
    assert.match(html, /The server sent the first 150 values/);
  });
});

describe("meanings and dims", () => {
  it("parses the tutorial's meanings", () => {
    assert.deepEqual(parseMeaning("(seq_len, batch, num_directions * hidden_size)"), ["seq_len", "batch", "num_directions * hidden_size"]);
    assert.deepEqual(parseMeaning("(*) integer indices"), ["*"]);
    assert.equal(parseMeaning(null), null);
    assert.equal(parseMeaning("whatever"), null);
  });

  it("labels each dim, dropping batch for unbatched results and spreading * over leading dims", () => {
    assert.deepEqual(labelDims([5, 3, 20], "(seq_len, batch, num_directions * hidden_size)"), ["seq_len", "batch", "num_directions * hidden_size"]);
    assert.deepEqual(labelDims([5, 20], "(seq_len, batch, num_directions * hidden_size)"), ["seq_len", "num_directions * hidden_size"]);
    assert.deepEqual(labelDims([20], "(batch, hidden_size)"), ["hidden_size"]);
    assert.deepEqual(labelDims([4, 7, 9], "(*, out_features)"), ["*", "*", "out_features"]);
    assert.equal(labelDims([1, 2, 3, 4], "(seq_len, batch, hidden_size)"), null);
  });

  it("tables the first values with an ellipsis past the shown rows and columns", () => {
    const t = valuesTable([10, 12], Array.from({ length: 120 }, (_, i) => i));
    assert.equal(count(t, /<tr>/), 1 + 6 + 1);
    assert.match(t, /<code>\[5, :\]<\/code>/);
    assert.ok(t.includes(">61.0000<"), "row 5, col 1");
    assert.match(t, /<th class="num">…<\/th>/);
    assert.match(valuesTable([3], [1, 2, 3]), /<code>\[:\]<\/code>/);
    assert.match(valuesTable([0, 4], []), /No values/);
  });
});
