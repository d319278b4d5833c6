// oracle: seed 373, closed, runs cleanly
import rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 8, hiddenSize: 4, numLayers: 1 };
const a_0 = new rl.nn.LSTM({ ...hp_0a, numLayers: 1, bidirectional: true, dropout: 0.1 });
const b_0 = new rl.nn.LSTM(6, 6, { num_layers: 1, batchFirst: true });
const oa_0 = apply_0(a_0, rl.torch.ones(3, 2, 8));
const ob_0 = apply_0(b_0, rl.torch.zeros(3, 2, 6));

const cell_1 = new rl.nn.GRUCell(4, 3);
for (let e = 0; e < 0; e++) {
  let h = rl.torch.zeros(2, 3);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(rl.torch.randn(2, 4), h);
    if (e === 1 && t === 2) h = rl.torch.zeros(2, 4);
  }
}

const m_2 = new rl.nn.GRU(2, 4);
const outs_2 = [rl.torch.randn(2, 3, 2), rl.torch.randn(2, 3, 2)].map((x) => m_2.forward(x)[0]);
