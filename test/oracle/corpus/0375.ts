// oracle: seed 375, closed, runs cleanly
import * as rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rl.nn.RNN(8, 4, { batchFirst: true, bidirectional: true });
const b_0 = new rl.nn.GRU(3, 3, 3);
const oa_0 = apply_0(a_0, rl.torch.ones(2, 3, 8));
const ob_0 = apply_0(b_0, rl.torch.ones(2, 3, 3));
