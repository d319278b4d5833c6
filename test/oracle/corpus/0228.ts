// oracle: seed 228, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.GRU(8, 7), new rnnlens.nn.GRU(7, 8)];
let y_0 = rnnlens.torch.randn(4, 2, 8);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new rnnlens.nn.Linear(8, 3).forward(y_0);

const m_1 = new rnnlens.nn.GRU(3, 5);
const [o_1] = m_1.forward(rnnlens.torch.randn(4, 3, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(3, -1);

const m_2 = new rnnlens.nn.LSTM(3, 9, { bidirectional: true });
const x_2 = rnnlens.torch.randn(4, 1, 3);
const [out_2, st_2] = m_2.forward(x_2);
