// oracle: seed 366, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(4, 3);
it("runs the layer", () => {
  m_0.forward(rnnlens.torch.randn(2, 3, 4));
});

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new rnnlens.nn.LSTM({ input_size: 3, hidden_size: 3, numLayers: 2, dropout: 0.1 });
const hp_1b = { inputSize: 4, hiddenSize: 3, numLayers: 2 };
const b_1 = new rnnlens.nn.LSTM({ ...hp_1b, numLayers: 2, batchFirst: true });
const oa_1 = apply_1(a_1, rnnlens.torch.randn([3, 2, 3]));
const ob_1 = apply_1(b_1, rnnlens.torch.zeros([3, 2, 4]));
