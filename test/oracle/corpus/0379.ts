// oracle: seed 379, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(8, 5);
const cell_0 = new rl.nn.GRUCell(8, 5);
const x_0 = rl.torch.randn(4, 3, 8);
const deep_0 = new rl.nn.GRU(8, 5, 1);
if (1 > 1) {
  deep_0.forward(rl.torch.randn(2, 3, 8), rl.torch.zeros(2, 3, 5));
} else {
  deep_0.forward(rl.torch.randn(2, 3, 8), rl.torch.zeros(1, 3, 5));
}

let feats_1 = 5;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 2;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, feats_1));
