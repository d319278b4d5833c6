// oracle: seed 53, closed, raises at 6: view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 1, 4));
const r_0_0 = o_0.view(4 / 3, -1);
const r_0_1 = o_0.select(1, 0).t();
const r_0_2 = torch.zeros(1 / 2, 4);
const r_0_3 = o_0.view(4 / 3, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const m_1 = new nn.RNN({ inputSize: 7, hidden_size: 3, num_layers: 1 });
const x_1 = torch.ones(5, 4, 14);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(3, 5);
const y_1 = head_1.forward(out_1);

const cell_2 = new nn.GRUCell(7, 6);
const xs_2 = torch.randn(1, 2, 7);
let h_2 = torch.zeros(2, 6);
let t_2 = 0;
while (t_2 < 0) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
  if (t_2 === 2) h_2 = torch.zeros(2, 7);
  t_2 += 1;
}
