// oracle: seed 107, closed, runs cleanly
import rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { GRU: GRU_0a } = rl.nn;
const a_0 = new GRU_0a(9, 4, { batchFirst: false, bidirectional: true });
const b_0 = new rl.nn.RNN(2, 6, { numLayers: 3, bidirectional: true });
const oa_0 = apply_0(a_0, rl.torch.zeros(3, 2, 9));
const ob_0 = apply_0(b_0, rl.torch.ones(2, 3, 2));

const byName_1 = new Map();
byName_1.set("enc", new rl.nn.LSTM(4, 8));
byName_1.get("enc").forward(rl.torch.randn(2, 2, 4));
