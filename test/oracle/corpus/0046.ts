// oracle: seed 46, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(3, 3);
const xs_0 = torch.randn(1, 3, 3);
let h_0 = torch.zeros(3, 3);
let c_0 = torch.zeros(3, 3);
let t_0 = 0;
while (t_0 < 0) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  t_0 += 1;
}
const out_0 = new nn.Linear(3, 2).forward(h_0);

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(2, 4, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(4, -1);
const s_1 = torch.zeros(...v_1.shape);

const args_2: [number, number, number] = [9, 6, 1];
const m_2 = new nn.RNN(...args_2);
const x_2 = torch.ones(3, 1, 9);
const [out_2, st_2] = m_2.forward(x_2);
const n_2 = out_2.size(2) * st_2.size(0);
