// oracle: seed 256, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 3);
const [o_0] = m_0.forward(rnnlens.torch.randn(3, 4, 3));
const v_0 = o_0.transpose(0, 1).reshape(4, -1);

const layers_1 = [new rnnlens.nn.RNN(7, 3)];
let y_1 = rnnlens.torch.randn(1, 1, 7);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
