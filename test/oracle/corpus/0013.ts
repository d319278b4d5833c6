// oracle: seed 13, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 1, 4));
const r_0_0 = o_0.reshape(2, -1);
const r_0_1 = o_0.reshape(2, -1);
const r_0_2 = o_0.reshape(2, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const layers_1 = [new nn.GRU(2, 4)];
let y_1 = torch.randn(2, 3, 2);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
const z_1 = new nn.Linear(4, 3).forward(y_1);
