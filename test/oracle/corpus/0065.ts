// oracle: seed 65, open, raises at 15: input.size(-1) must be equal to input_size. Expected 5, got 10
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(7, 4);
const cell_0 = new nn.GRUCell(7, 4);
const x_0 = torch.randn(3, 7);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 8));
}
cell_0.forward(x_0);

let feats_1 = 2;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 10));
