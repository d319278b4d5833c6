// oracle: seed 230, closed, runs cleanly
import * as rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 7, hiddenSize: 6, numLayers: 2 };
const a_0 = new rl.nn.RNN({ ...hp_0a, numLayers: 2, batchFirst: true, bidirectional: true });
const { GRU: GRU_0b } = rl.nn;
const b_0 = new GRU_0b(9, 7, { numLayers: 3, batch_first: true });
const shape_0_3713 = [2, 3, 7];
const oa_0 = apply_0(a_0, rl.torch.randn(...shape_0_3713));
const ob_0 = apply_0(b_0, rl.torch.zeros(3, 2, 9));
