// oracle: seed 326, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(7, 2)];
let y_0 = torch.randn(5, 1, 7);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const layers_1 = [new nn.RNN(5, 2), new nn.RNN(2, 6), new nn.RNN(6, 6)];
let y_1 = torch.randn(5, 3, 5);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
const z_1 = new nn.Linear(6, 3).forward(y_1);

const opts_2 = { layers: 1 };
const m_2 = new nn.GRU(4, 3, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 4), torch.zeros(opts_2.layers, 2, 3));
