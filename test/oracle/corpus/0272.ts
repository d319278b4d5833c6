// oracle: seed 272, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(6, 4), new nn.RNN(4, 3), new nn.RNN(3, 3)];
let y_0 = torch.randn(5, 1, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const rnn_2 = new nn.GRU(2, 4);
const cell_2 = new nn.GRUCell(2, 4);
const x_2 = torch.randn(3, 2);
const deep_2 = new nn.GRU(2, 4, 2);
if (2 > 1) {
  deep_2.forward(torch.randn(2, 3, 2), torch.zeros(2, 3, 4));
} else {
  deep_2.forward(torch.randn(2, 3, 2), torch.zeros(1, 3, 4));
}
