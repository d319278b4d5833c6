// oracle: seed 337, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(4, 7);
const xs_0 = torch.randn(1, 1, 5);
let h_0 = torch.zeros(1, 7);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 >= 0) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(7, 2).forward(h_0);
