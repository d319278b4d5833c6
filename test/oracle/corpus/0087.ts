// oracle: seed 87, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(2, 6);
const xs_0 = torch.randn(1, 2, 2);
let h_0 = torch.zeros(2, 6);
let t_0 = 0;
while (t_0 < 1) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new nn.Linear(6, 2).forward(h_0);

const maybe_1 = new nn.RNN(2, 5);
maybe_1?.forward(torch.randn(3, 1, 2));
