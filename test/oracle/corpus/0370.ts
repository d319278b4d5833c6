// oracle: seed 370, closed, raises at 6: input.size(-1) must be equal to input_size. Expected 8, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

const pair_0 = [new nn.GRU(4, 8), new nn.GRU(8, 8)];
pair_0[1].forward(torch.randn(2, 2, 4));

const cell_1 = new nn.LSTMCell(4, 7);
const xs_1 = torch.randn(1, 1, 4);
let h_1 = torch.zeros(1, 7);
let c_1 = torch.zeros(1, 7);
let t_1 = 0;
while (t_1 < 1) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}

const cell_2 = new nn.GRUCell(7, 4);
const xs_2 = torch.randn(2, 1, 7);
let h_2 = torch.zeros(1, 4);
for (let t_2 = 0; t_2 < 2; t_2++) {
  if (t_2 % 2 === 1) continue;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
