// oracle: seed 23, closed, runs cleanly
import { torch, nn } from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.RNN({ input_size: 4, hiddenSize: 3, numLayers: 2 });
const b_0 = new nn.RNN(7, 3, { num_layers: 1, batch_first: false });
const oa_0 = apply_0(a_0, torch.rand(3, 2, 4));
const shape_0_2172 = [2, 3, 7];
const ob_0 = apply_0(b_0, torch.rand(...shape_0_2172));
