// oracle: seed 356, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { RNN: RNN_0a } = nn;
const a_0 = new RNN_0a(5, 3, { numLayers: 3, batchFirst: true, bidirectional: false });
const b_0 = new nn.RNN(8, 8, { num_layers: 2, batchFirst: true });
const oa_0 = apply_0(a_0, torch.ones(2, 3, 5));
const shape_0_4407 = [3, 2, 8];
const ob_0 = apply_0(b_0, torch.rand(...shape_0_4407));
