// oracle: seed 99, closed, raises at 20: select(): index 1 out of range for tensor of size [1, 2, 5] at dimension 0
import * as rl from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const cell_1 = new rl.nn.GRUCell(3, 5);
for (let e = 0; e < 1; e++) {
  let h = rl.torch.zeros(2, 5);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(rl.torch.randn(2, 3), h);
  }
}

const m_2 = new rl.nn.LSTM(4, 5);
const [o_2, [h_2, c_2]] = m_2.forward(rl.torch.randn(2, 2, 4));
const r_2_0 = h_2.squeeze();
const r_2_1 = c_2.select(0, 1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
