// oracle: seed 152, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.RNNCell(5, 6);
const xs_0 = torch.randn(4, 2, 5);
let h_0 = torch.zeros(2, 6);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(6, 2).forward(h_0);
