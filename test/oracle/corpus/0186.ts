// oracle: seed 186, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { layers: 2 };
const m_0 = new nn.GRU(2, 5, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 2), torch.zeros(opts_0.layers, 2, 5));

const cell_1 = new nn.GRUCell(4, 4);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 4);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(torch.randn(2, 4), h);
  }
}
