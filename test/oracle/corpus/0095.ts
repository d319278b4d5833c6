// oracle: seed 95, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.LSTMCell(3, 8);
const xs_0 = torch.randn(1, 4, 3);
let h_0 = torch.zeros(4, 8);
let c_0 = torch.zeros(4, 8);
for (let t_0 = 0; t_0 < 1; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
const out_0 = new nn.Linear(8, 2).forward(h_0);

const cell_1 = new nn.LSTMCell(2, 4);
const xs_1 = torch.randn(2, 2, 2);
let h_1 = torch.zeros(2, 4);
let c_1 = torch.zeros(2, 4);
for (let t_1 = 0; t_1 < 2; t_1++) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new nn.GRU(3, 5, { num_layers: 3, bidirectional: true });
const hp_2b = { inputSize: 4, hiddenSize: 4, numLayers: 1 };
const b_2 = new nn.GRU({ ...hp_2b, numLayers: 1, batch_first: true, bidirectional: false, dropout: 0 });
const shape_2_3455 = [3, 2, 3];
const oa_2 = apply_2(a_2, torch.randn(...shape_2_3455));
const ob_2 = apply_2(b_2, torch.zeros([3, 2, 4]));
