// oracle: seed 380, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 3, got 6
const { torch, nn } = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 6));

const layers_1 = [new nn.RNN(4, 8)];
let y_1 = torch.randn(3, 3, 4);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
const z_1 = new nn.Linear(8, 3).forward(y_1);

const m_2 = new nn.LSTM(4, 4);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(3, 2, 4));
const r_2_0 = o_2.reshape(12, -1);
const r_2_1 = o_2.detach().clone().contiguous();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
