// oracle: seed 96, closed, raises at 9: input has inconsistent input_size: got 8 expected 7
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(7, 7);
const xs_0 = torch.randn(2, 3, 8);
let h_0 = torch.zeros(3, 7);
let c_0 = torch.zeros(3, 7);
for (let t_0 = 0; t_0 < 2; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
