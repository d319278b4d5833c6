// oracle: seed 357, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(3, 2)];
let y_0 = torch.randn(2, 1, 3);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const m_1 = new nn.LSTM(5, 9, { num_layers: 1, batchFirst: true, dropout: 0.1 });
const shape_1_9222 = [2, 2, 5];
const x_1 = torch.randn(...shape_1_9222);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(9, 5);
const y_1 = head_1.forward(out_1);
