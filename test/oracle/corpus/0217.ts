// oracle: seed 217, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 12, got 11
import { torch, nn } from "rnnlens";

let feats_0 = 3;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 11));

const rnn_1 = new nn.GRU(2, 5);
const cell_1 = new nn.GRUCell(2, 5);
const x_1 = torch.randn(3, 2);
const deep_1 = new nn.GRU(2, 5, 2);
if (2 > 1) {
  deep_1.forward(torch.randn(2, 3, 2), torch.zeros(2, 3, 5));
} else {
  deep_1.forward(torch.randn(2, 3, 2), torch.zeros(1, 3, 5));
}
