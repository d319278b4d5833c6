// oracle: seed 48, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.RNNCell(5, 7);
const xs_0 = rnnlens.torch.randn(1, 1, 5);
let h_0 = rnnlens.torch.zeros(1, 7);
let t_0 = 0;
while (t_0 < 1) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new rnnlens.nn.Linear(7, 2).forward(h_0);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { GRU: GRU_1a } = rnnlens.nn;
const a_1 = new GRU_1a(2, 8, { numLayers: 3, batchFirst: true, bidirectional: true });
const b_1 = new rnnlens.nn.GRU(3, 2, { numLayers: 3, bidirectional: true });
const oa_1 = apply_1(a_1, rnnlens.torch.ones(2, 3, 2));
const ob_1 = apply_1(b_1, rnnlens.torch.randn([2, 3, 3]));
