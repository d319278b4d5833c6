// oracle: seed 334, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 3, got 2
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(6, 7);
const cell_0 = new nn.GRUCell(6, 7);
const x_0 = torch.randn(3, 6);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const m_1 = new nn.GRU(6, 6);
let late_1 = torch.randn(2, 3, 7);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = torch.randn(2, 3, 6);

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 2));
