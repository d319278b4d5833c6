// oracle: seed 255, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 4, got 6
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.RNN({ inputSize: 4, hiddenSize: 6, numLayers: 3 });
const shape_0_8925 = [3, 2, 6];
const x_0 = torch.randn(...shape_0_8925);
const [out_0, st_0] = m_0.forward(x_0, torch.randn(3, 2, 6));

const cell_1 = new nn.RNNCell(2, 6);
const xs_1 = torch.randn(1, 1, 2);
let h_1 = torch.zeros(1, 6);
let t_1 = 0;
while (t_1 < 0) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(6, 2).forward(h_1);

const m_2 = new nn.GRU(8, 5);
[torch.randn(2, 3, 8), torch.randn(2, 3, 8)].forEach((x) => m_2.forward(x));
