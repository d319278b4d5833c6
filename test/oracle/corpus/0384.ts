// oracle: seed 384, closed, raises at 9: select(): index 1 out of range for tensor of size [1, 3, 5] at dimension 0
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 3, 4));
const r_0_0 = h_0.squeeze(0).unsqueeze(0);
const r_0_1 = o_0.select(0, 2 / 2);
const r_0_2 = c_0.select(0, 1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const layers_1 = [new nn.RNN(7, 2)];
let y_1 = torch.randn(3, 3, 7);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}

const cell_2 = new nn.GRUCell(6, 5);
const xs_2 = torch.randn(1, 1, 6);
let h_2 = torch.zeros(1, 5);
for (let t_2 = 0; t_2 < 0; t_2++) {
  if (t_2 % 2 === 1) continue;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(5, 2).forward(h_2);
