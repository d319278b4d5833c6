// oracle: seed 79, closed, raises at 18: input.size(-1) must be equal to input_size. Expected 5, got 10
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(4, 6);
[torch.randn(2, 3, 4), torch.randn(2, 3, 4)].forEach((x) => m_0.forward(x));

const cell_1 = new nn.RNNCell(3, 3);
const xs_1 = torch.randn(1, 1, 3);
let h_1 = torch.zeros(1, 3);
for (let t_1 = 0; t_1 < 3; t_1++) {
  if (t_1 >= 1) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}

let feats_2 = 5;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 10));
