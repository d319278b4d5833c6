// oracle: seed 169, closed, runs cleanly
import * as rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { RNN: RNN_0a } = rl.nn;
const a_0 = new RNN_0a(8, 2, { batchFirst: true, bidirectional: false });
const b_0 = new rl.nn.GRU({ input_size: 2, hidden_size: 3, batch_first: true });
const oa_0 = apply_0(a_0, rl.torch.zeros(2, 3, 8));
const ob_0 = apply_0(b_0, rl.torch.rand(3, 2, 2));
