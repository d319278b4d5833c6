// oracle: seed 371, closed, raises at 12: input.size(-1) must be equal to input_size. Expected 6, got 7
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(8, 4);
const cell_0 = new rl.nn.GRUCell(8, 4);
const x_0 = rl.torch.randn(4, 3, 8);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

let feats_1 = 3;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, 7));
