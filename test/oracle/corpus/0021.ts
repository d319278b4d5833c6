// oracle: seed 21, closed, raises at 11: mat1 and mat2 shapes cannot be multiplied (2x8 and 16x3)
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(4, 5), new nn.RNN(5, 8)];
let y_0 = torch.randn(1, 2, 4);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(16, 3).forward(y_0);

const cell_1 = new nn.GRUCell(7, 2);
const xs_1 = torch.randn(1, 2, 7);
let h_1 = torch.zeros(2, 2);
for (let t_1 = 0; t_1 < 0; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
