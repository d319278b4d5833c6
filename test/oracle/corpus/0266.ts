// oracle: seed 266, closed, raises at 16: input.size(-1) must be equal to input_size. Expected 2, got 1
import rl from "rnnlens";

const opts_0 = { kind: "lstm", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rl.nn.LSTM(2, 8, opts_0.layers);
    break;
  case "gru":
    m_0 = new rl.nn.GRU(2, 8, opts_0.layers);
    break;
  default:
    m_0 = new rl.nn.RNN(2, 8, opts_0.layers);
}
const [o_0] = m_0.forward(rl.torch.randn(3, 2, 1));
switch (opts_0.kind) {
  case "gru":
    m_0.forward(rl.torch.randn(3, 2, 3));
    break;
}

const cell_1 = new rl.nn.GRUCell(5, 2);
for (let e = 0; e < 0; e++) {
  let h = rl.torch.zeros(2, 2);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(rl.torch.randn(2, 5), h);
  }
}

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_2a = { inputSize: 7, hiddenSize: 5, numLayers: 3 };
const a_2 = new rl.nn.GRU({ ...hp_2a, numLayers: 3 });
const b_2 = new rl.nn.RNN(2, 4, { numLayers: 1, batch_first: true });
const oa_2 = apply_2(a_2, rl.torch.rand(3, 2, 7));
const ob_2 = apply_2(b_2, rl.torch.zeros(3, 2, 2));
