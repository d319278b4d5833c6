// oracle: seed 106, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(5, 3);
for (let e = 0; e < 1; e++) {
  let h = rl.torch.zeros(2, 3);
  for (let t = 0; t < 3; t++) {
    h = cell_0.forward(rl.torch.randn(2, 5), h);
    if (e === 1 && t === 2) h = rl.torch.zeros(2, 4);
  }
}

const cell_1 = new rl.nn.GRUCell(4, 6);
for (let e = 0; e < 0; e++) {
  let h = rl.torch.zeros(2, 6);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(rl.torch.randn(2, 4), h);
  }
}
