// oracle: seed 44, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(6, 5);
for (let e = 0; e < 1; e++) {
  let h = rl.torch.zeros(2, 5);
  for (let t = 0; t < 3; t++) {
    h = cell_0.forward(rl.torch.randn(2, 6), h);
  }
}
