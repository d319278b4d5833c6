// oracle: seed 214, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 2);
const [o_0] = m_0.forward(rl.torch.randn(4, 2, 3));
const v_0 = o_0.transpose(0, 1).contiguous().view(2, -1);
const s_0 = rl.torch.zeros(...v_0.shape);

const layers_1 = [new rl.nn.RNN(5, 7)];
let y_1 = rl.torch.randn(5, 2, 5);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
