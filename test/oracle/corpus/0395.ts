// oracle: seed 395, closed, raises at 6: shape '[8, -1]' is invalid for input of size 18
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 3, 4));
const r_0_0 = o_0.reshape(8, -1);
const r_0_1 = o_0.select(0, 2 / 2);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
m_0.eval();
m_0.train();

const layers_1 = [new nn.GRU(6, 6)];
let y_1 = torch.randn(3, 2, 6);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}

const layers_2 = [new nn.GRU(5, 5)];
let y_2 = torch.randn(5, 2, 5);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
const z_2 = new nn.Linear(5, 3).forward(y_2);
