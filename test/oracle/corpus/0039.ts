// oracle: seed 39, open, raises at 10: input.size(-1) must be equal to input_size. Expected 2, got 3
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(2, 7);
const cell_0 = new nn.GRUCell(2, 7);
const x_0 = torch.randn(4, 3, 3);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 3));
}
rnn_0.forward(x_0);

const m_1 = new nn.GRU(8, 5);
setTimeout(() => m_1.forward(torch.randn(2, 3, 8)), 3);

const layers_2 = [new nn.GRU(5, 6), new nn.GRU(6, 2), new nn.GRU(2, 2)];
let y_2 = torch.randn(4, 3, 5);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
const z_2 = new nn.Linear(2, 3).forward(y_2);
