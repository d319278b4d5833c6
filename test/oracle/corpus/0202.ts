// oracle: seed 202, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 2, 4));
const r_0_0 = torch.zeros(2 / 2, 3);
const r_0_1 = o_0.flatten(0, 1);
const r_0_2 = h_0.squeeze(0).unsqueeze(1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const cell_1 = new nn.GRUCell(6, 6);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 6);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(torch.randn(2, 6), h);
  }
}

const args_2: [number, number, number] = [2, 4, 1];
const m_2 = new nn.LSTM(...args_2);
const x_2 = torch.rand(4, 4, 2);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new nn.Linear(4, 5);
const y_2 = head_2.forward(out_2);
const last_2 = y_2.select(0, -1);
