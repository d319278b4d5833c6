// oracle: seed 77, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.GRU(2, 8, { numLayers: 3, bidirectional: true });
const b_0 = new nn.RNN({ inputSize: 9, hidden_size: 6, numLayers: 1, bidirectional: false });
const shape_0_3037 = [3, 2, 2];
const oa_0 = apply_0(a_0, torch.zeros(...shape_0_3037));
const ob_0 = apply_0(b_0, torch.ones([2, 3, 9]));
