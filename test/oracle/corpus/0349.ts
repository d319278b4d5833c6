// oracle: seed 349, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(8, 3);
const xs_0 = rl.torch.randn(4, 2, 8);
let h_0 = rl.torch.zeros(2, 3);
for (let t_0 = 0; t_0 < 4; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const maybe_1 = new rl.nn.RNN(7, 6);
maybe_1?.forward(rl.torch.randn(3, 1, 7));
