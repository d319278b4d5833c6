// oracle: seed 163, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 6, got 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(6, 3)];
let y_0 = torch.randn(2, 3, 6);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const cell_1 = new nn.RNNCell(8, 4);
const xs_1 = torch.randn(1, 4, 8);
let h_1 = torch.zeros(4, 4);
let t_1 = 0;
while (t_1 < 0) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}

const m_2 = new nn.GRU(6, 3);
setTimeout(() => m_2.forward(torch.randn(2, 3, 5)), 0);
