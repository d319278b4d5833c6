// oracle: seed 367, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.RNN(8, 2, { numLayers: 3, batch_first: true, bidirectional: true });
const b_0 = new nn.RNN(2, 8, { num_layers: 1, batch_first: true });
const oa_0 = apply_0(a_0, torch.randn(2, 3, 8));
const ob_0 = apply_0(b_0, torch.rand(3, 2, 2));
