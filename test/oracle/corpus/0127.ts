// oracle: seed 127, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 5
import * as rl from "rnnlens";

const pair_0 = [new rl.nn.GRU(5, 7), new rl.nn.GRU(7, 7)];
pair_0[1].forward(rl.torch.randn(2, 2, 5));

const rnn_1 = new rl.nn.GRU(8, 7);
const cell_1 = new rl.nn.GRUCell(8, 7);
const x_1 = rl.torch.randn(4, 3, 8);
const deep_1 = new rl.nn.GRU(8, 7, 1);
if (1 > 1) {
  deep_1.forward(rl.torch.randn(2, 3, 8), rl.torch.zeros(2, 3, 7));
} else {
  deep_1.forward(rl.torch.randn(2, 3, 8), rl.torch.zeros(1, 3, 7));
}

let feats_2 = 4;
for (let i = 0; i < 1; i++) feats_2 = feats_2 + 2;
const m_2 = new rl.nn.GRU(feats_2, 4);
m_2.forward(rl.torch.randn(2, 2, 5));
