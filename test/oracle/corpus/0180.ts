// oracle: seed 180, closed, runs cleanly
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(6, 5);
const cell_0 = new rl.nn.GRUCell(6, 5);
const x_0 = rl.torch.randn(4, 3, 6);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

let feats_1 = 3;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 2;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, feats_1));
