// oracle: seed 390, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.RNNCell(6, 8);
const xs_0 = torch.randn(1, 1, 6);
let h_0 = torch.zeros(1, 8);
for (let t_0 = 0; t_0 < 1; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(8, 2).forward(h_0);
