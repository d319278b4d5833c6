// oracle: seed 218, closed, raises at 9: mat1 and mat2 shapes cannot be multiplied (1x8 and 9x3)
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(5, 8)];
let y_0 = torch.randn(1, 1, 5);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(9, 3).forward(y_0);

const cell_1 = new nn.LSTMCell(3, 3);
const xs_1 = torch.randn(1, 4, 3);
let h_1 = torch.zeros(4, 3);
let c_1 = torch.zeros(4, 3);
for (let t_1 = 0; t_1 < 2; t_1++) {
  if (t_1 >= 0) break;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
const out_1 = new nn.Linear(3, 2).forward(h_1);
