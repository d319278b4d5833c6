// oracle: seed 34, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(3, 2);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 2);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(torch.randn(2, 3), h);
  }
}

const m_1 = new nn.LSTM(4, 2, { numLayers: 1, batchFirst: true, bidirectional: false });
const x_1 = torch.ones([2, 6, 4]);
const shape_1_7813 = [1, 2, 2];
const [out_1, st_1] = m_1.forward(x_1, [torch.rand([1, 2, 2]), torch.zeros(...shape_1_7813)]);
const head_1 = new nn.Linear(2, 5);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, 5);
const n_1 = out_1.size(2) * st_1[0].size(0);

const m_2 = new nn.LSTM({ inputSize: 9, hiddenSize: 4, num_layers: 1, bidirectional: false });
const x_2 = torch.rand(1, 3, 9);
const [out_2, st_2] = m_2.forward(x_2);
