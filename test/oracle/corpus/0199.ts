// oracle: seed 199, closed, runs cleanly
import rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 9, hiddenSize: 5, numLayers: 3 };
const a_0 = new rl.nn.RNN({ ...hp_0a, numLayers: 3 });
const b_0 = new rl.nn.GRU({ input_size: 3, hiddenSize: 2, numLayers: 3, batch_first: false, bidirectional: true, dropout: 0.1 });
const oa_0 = apply_0(a_0, rl.torch.rand(3, 2, 9));
const ob_0 = apply_0(b_0, rl.torch.randn(2, 3, 3));

const m_1 = new rl.nn.GRU(3, 2, { numLayers: 3, batch_first: false, bidirectional: true });
const x_1 = rl.torch.ones(6, 4, 3);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rl.nn.Linear(4, 4);
const y_1 = head_1.forward(out_1);
const n_1 = out_1.size(0) * st_1.size(0);
