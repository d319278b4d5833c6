// oracle: seed 397, closed, raises at 15: input.size(-1) must be equal to input_size. Expected 2, got 4
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(8, 2);
const xs_0 = torch.randn(1, 2, 8);
let h_0 = torch.zeros(2, 2);
let c_0 = torch.zeros(2, 2);
let t_0 = 0;
while (t_0 < 0) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  t_0 += 1;
}

const maybe_1 = new nn.RNN(2, 5);
maybe_1?.forward(torch.randn(3, 1, 4));
