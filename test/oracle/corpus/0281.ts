// oracle: seed 281, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(7, 3);
const xs_0 = torch.randn(1, 3, 7);
let h_0 = torch.zeros(3, 3);
for (let t_0 = 0; t_0 < 0; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(3, 2).forward(h_0);

const pair_1 = [new nn.GRU(8, 4), new nn.GRU(4, 4)];
pair_1[0].forward(torch.randn(2, 2, 8));
