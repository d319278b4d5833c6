// oracle: seed 125, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(3, 7), new rl.nn.GRU(7, 4)];
let y_0 = rl.torch.randn(4, 2, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rl.nn.GRU(3, 5);
const [o_1] = m_1.forward(rl.torch.randn(3, 4, 3));
const dims_1 = [3, 20];
const v_1 = o_1.view(...dims_1);
const s_1 = rl.torch.zeros(...v_1.shape);

const maybe_2 = null;
maybe_2?.forward(rl.torch.randn(3, 1, 3));
