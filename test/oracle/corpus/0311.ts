// oracle: seed 311, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(7, 2)];
let y_0 = torch.randn(1, 2, 7);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const layers_1 = [new nn.GRU(5, 2), new nn.GRU(2, 3), new nn.GRU(3, 6)];
let y_1 = torch.randn(1, 2, 5);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});

const m_2 = new nn.LSTM(4, 3);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(2, 3, 4));
const r_2_0 = o_2.select(0, 2 / 2);
const r_2_1 = o_2.flatten(1, 2);
const r_2_2 = o_2.slice(0, 0, 1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
m_2.eval();
m_2.train();
