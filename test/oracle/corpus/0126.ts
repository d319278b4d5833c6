// oracle: seed 126, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.RNNCell(4, 7);
const xs_0 = torch.randn(4, 3, 4);
let h_0 = torch.zeros(3, 7);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(7, 2).forward(h_0);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 8, hiddenSize: 4, numLayers: 2 };
const a_1 = new nn.RNN({ ...hp_1a, numLayers: 2, bidirectional: false });
const { RNN: RNN_1b } = nn;
const b_1 = new RNN_1b(6, 8, { num_layers: 3, batchFirst: true, bidirectional: true });
const oa_1 = apply_1(a_1, torch.rand([3, 2, 8]));
const ob_1 = apply_1(b_1, torch.rand(3, 2, 6));

const cell_2 = new nn.LSTMCell(3, 8);
const xs_2 = torch.randn(4, 3, 3);
let h_2 = torch.zeros(3, 8);
let c_2 = torch.zeros(3, 8);
for (let t_2 = 0; t_2 < 6; t_2++) {
  if (t_2 >= 4) break;
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
}
const out_2 = new nn.Linear(8, 2).forward(h_2);
