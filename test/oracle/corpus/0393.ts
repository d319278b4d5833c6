// oracle: seed 393, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 6, got 3
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(4, 3), new nn.RNN(6, 6), new nn.RNN(6, 2)];
let y_0 = torch.randn(3, 1, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(2, 3).forward(y_0);

const m_1 = new nn.GRU(3, 2);
const [o_1] = m_1.forward(torch.randn(4, 3, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(3, -1);
const s_1 = torch.zeros(...v_1.shape);
