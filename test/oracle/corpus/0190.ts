// oracle: seed 190, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(4, 3), new nn.GRU(3, 6), new nn.GRU(6, 5)];
let y_0 = torch.randn(5, 3, 4);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(5, 3).forward(y_0);

const m_1 = new nn.LSTM(5, 6, { batchFirst: true, bidirectional: false });
const x_1 = torch.rand(2, 6, 5);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(6, 3);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, -1);
