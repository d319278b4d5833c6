// oracle: seed 95, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 9, { numLayers: 3, batch_first: true });
const shape_0_9433 = [4, 5, 4];
const x_0 = torch.zeros(...shape_0_9433);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(9, 4);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(1) * st_0[0].size(0);

const maybe_1 = new nn.RNN(7, 3);
maybe_1?.forward(torch.randn(3, 1, 7));

const cell_2 = new nn.GRUCell(2, 5);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 5);
  for (let t = 0; t < 1; t++) {
    h = cell_2.forward(torch.randn(2, 2), h);
  }
}
