// oracle: seed 153, closed, raises at 18: input.size(-1) must be equal to input_size. Expected 5, got 3
import { torch, nn } from "rnnlens";

const cell_0 = new nn.RNNCell(6, 6);
const xs_0 = torch.randn(2, 4, 6);
let h_0 = torch.zeros(4, 6);
for (let t_0 = 0; t_0 < 2; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(6, 2).forward(h_0);

const m_1 = new nn.LSTM(4, 5, { batchFirst: true });
const x_1 = torch.zeros(3, 2, 4);
const [out_1, st_1] = m_1.forward(x_1);
const n_1 = out_1.size(0) * st_1[0].size(0);

const pair_2 = [new nn.GRU(5, 3), new nn.GRU(3, 3)];
pair_2[0].forward(torch.randn(2, 2, 3));
