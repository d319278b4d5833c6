// oracle: seed 272, closed, raises at 24: input.size(-1) must be equal to input_size. Expected 3, got 4
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(6, 4), new nn.RNN(4, 3), new nn.RNN(3, 3)];
let y_0 = torch.randn(5, 1, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const rnn_1 = new nn.GRU(8, 2);
const cell_1 = new nn.GRUCell(8, 2);
const x_1 = torch.randn(4, 3, 8);
const deep_1 = new nn.GRU(8, 2, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 8), torch.zeros(2, 3, 2));
} else {
  deep_1.forward(torch.randn(2, 3, 8), torch.zeros(1, 3, 2));
}

let feats_2 = 2;
for (let i = 0; i < 1; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 4));
