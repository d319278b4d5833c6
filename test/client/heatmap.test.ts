// The heatmap's colour scale, layout and SVG (client/webview/heatmap.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DIVERGING_STOPS, MAX_COLS, MAX_PANELS, MAX_ROWS, NON_FINITE_COLOR, divergingColor, heatmapLayout, renderHeatmapSvg, renderLegendSvg, symmetricMax, ticks } from "../../client/webview/heatmap";

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

describe("diverging colour scale", () => {
  it("is blue at -max, near-white at 0, red at +max", () => {
    assert.equal(divergingColor(-2, 2), DIVERGING_STOPS[0]);
    assert.equal(divergingColor(0, 2), "#f7f7f7");
    assert.equal(divergingColor(2, 2), DIVERGING_STOPS[DIVERGING_STOPS.length - 1]);
    const [r, , b] = rgb(divergingColor(-1, 2));
    assert.ok(b > r, "negative is blue");
    const [r2, , b2] = rgb(divergingColor(1, 2));
    assert.ok(r2 > b2, "positive is red");
  });

  it("clamps past the ends and greys out non-finite values", () => {
    assert.equal(divergingColor(-100, 1), DIVERGING_STOPS[0]);
    assert.equal(divergingColor(100, 1), DIVERGING_STOPS[DIVERGING_STOPS.length - 1]);
    assert.equal(divergingColor(Number.NaN, 1), NON_FINITE_COLOR);
    assert.equal(divergingColor(Number.POSITIVE_INFINITY, 1), NON_FINITE_COLOR);
    assert.equal(divergingColor(0.5, 0), divergingColor(0.5, 1), "a zero scale falls back to 1");
  });

  it("darkens steadily away from zero on both sides", () => {
    const lum = (v: number) => {
      const [r, g, b] = rgb(divergingColor(v, 1));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let k = 0; k < 20; k++) {
      const a = k / 20;
      const b = (k + 1) / 20;
      assert.ok(lum(b) <= lum(a) + 1e-9, `positive side at ${b}`);
      assert.ok(lum(-b) <= lum(-a) + 1e-9, `negative side at ${-b}`);
    }
  });

  it("takes the scale's half-width from the largest finite |value|", () => {
    assert.equal(symmetricMax([0.1, -0.7, 0.3, Number.NaN, Number.NEGATIVE_INFINITY]), 0.7);
    assert.equal(symmetricMax([0, 0]), 1);
    assert.equal(symmetricMax([]), 1);
  });
});

describe("heatmap layout", () => {
  const values = Array.from({ length: 5 * 3 * 4 }, (_, i) => i);

  it("puts time down, features across, one panel per batch item", () => {
    const l = heatmapLayout([5, 3, 4], ["seq_len", "batch", "hidden_size"], values);
    assert.equal(l.panels.length, 3);
    const p = l.panels[1];
    assert.ok(p);
    assert.equal(p.rows, 5);
    assert.equal(p.cols, 4);
    assert.equal(p.rowLabel, "time step");
    assert.equal(p.colLabel, "hidden_size");
    assert.equal(p.title, "batch item 1");
    assert.equal(p.value(2, 3), 2 * 12 + 1 * 4 + 3);
  });

  it("reads batch-first outputs with time on dim 1", () => {
    const l = heatmapLayout([3, 5, 4], ["batch", "seq_len", "hidden_size"], values);
    assert.equal(l.panels.length, 3);
    assert.equal(l.panels[2]?.value(4, 1), 2 * 20 + 4 * 4 + 1);
    assert.equal(l.panels[2]?.rowLabel, "time step");
  });

  it("draws 2-D and 1-D tensors as one panel, and nothing for empty tensors", () => {
    const cell = heatmapLayout([3, 4], ["batch", "hidden_size"], values);
    assert.equal(cell.panels.length, 1);
    assert.equal(cell.panels[0]?.rowLabel, "batch item");
    assert.equal(cell.panels[0]?.title, "");
    const flat = heatmapLayout([4], ["hidden_size"], values);
    assert.equal(flat.panels[0]?.rows, 1);
    assert.equal(flat.panels[0]?.value(0, 3), 3);
    assert.equal(heatmapLayout([0, 3, 4], null, []).panels.length, 0);
    assert.equal(heatmapLayout([], null, [1]).panels.length, 0);
  });

  it("cuts very large tensors to the drawable size", () => {
    const big = heatmapLayout([MAX_ROWS + 10, MAX_PANELS + 4, MAX_COLS + 5], ["seq_len", "batch", "hidden_size"], []);
    assert.equal(big.panels.length, MAX_PANELS);
    assert.equal(big.totalPanels, MAX_PANELS + 4);
    assert.equal(big.panels[0]?.rows, MAX_ROWS);
    assert.equal(big.panels[0]?.cols, MAX_COLS);
    assert.equal(big.panels[0]?.totalRows, MAX_ROWS + 10);
    assert.equal(big.panels[0]?.value(0, 0), undefined, "no values sent");
  });
});

describe("heatmap SVG", () => {
  it("has one rect per (row, column), coloured by the scale, with tooltips", () => {
    const values = Array.from({ length: 6 }, (_, i) => i - 3);
    const [p] = heatmapLayout([2, 3], ["seq_len", "features"], values).panels;
    assert.ok(p);
    const svg = renderHeatmapSvg(p, 3, "output");
    assert.equal((svg.match(/<rect class="cell"/g) ?? []).length, 6);
    assert.ok(svg.includes(`fill="${divergingColor(-3, 3)}"`));
    assert.ok(svg.includes("<title>time step 1, features 2: 2.0000</title>"));
    assert.match(svg, /aria-label="Heatmap of output: 2 time steps × 3 features"/);
    assert.match(svg, /features →/);
  });

  it("escapes labels", () => {
    const [p] = heatmapLayout([1, 2], ["<b>", "x&y"], [1, 2]).panels;
    assert.ok(p);
    const svg = renderHeatmapSvg(p, 2, "<i>");
    assert.ok(!svg.includes("<b>") && !svg.includes("<i>") && !svg.includes("x&y"));
  });

  it("draws a legend from -max to +max", () => {
    const svg = renderLegendSvg(0.5, 10);
    assert.equal((svg.match(/<rect class="legend-swatch"/g) ?? []).length, 10);
    assert.match(svg, />-0\.5000</);
    assert.match(svg, />0\.5000</);
  });

  it("spaces ticks", () => {
    assert.deepEqual(ticks(5, 10), [0, 1, 2, 3, 4]);
    assert.deepEqual(ticks(100, 10), [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    assert.deepEqual(ticks(0, 10), []);
  });
});
