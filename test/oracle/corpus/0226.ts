// oracle: seed 226, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(2, 8);
const xs_0 = torch.randn(1, 4, 2);
let h_0 = torch.zeros(4, 8);
for (let t_0 = 0; t_0 < 1; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const hp_1 = { inputSize: 9, hiddenSize: 7, numLayers: 1 };
const m_1 = new nn.RNN({ ...hp_1, numLayers: 2 });
const shape_1_8220 = [2, 1, 9];
const x_1 = torch.ones(...shape_1_8220);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(7, 2);
const y_1 = head_1.forward(out_1);
