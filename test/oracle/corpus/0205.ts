// oracle: seed 205, open, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 4);
const cell_0 = new rl.nn.GRUCell(5, 4);
const x_0 = rl.torch.randn(3, 5);
if (Date.now() < 0) {
  rnn_0.forward(rl.torch.randn(2, 2, 6));
}
cell_0.forward(x_0);

let feats_1 = 3;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, feats_1));

const rnn_2 = new rl.nn.GRU(5, 7);
const cell_2 = new rl.nn.GRUCell(5, 7);
const x_2 = rl.torch.randn(4, 3, 5);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
