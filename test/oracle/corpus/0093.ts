// oracle: seed 93, closed, runs cleanly
import * as rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rl.nn.LSTM(7, 6, 1);
const b_0 = new rl.nn.LSTM(3, 6, { num_layers: 2, batchFirst: true, bidirectional: false });
const oa_0 = apply_0(a_0, rl.torch.rand([3, 2, 7]));
const shape_0_8052 = [3, 2, 3];
const ob_0 = apply_0(b_0, rl.torch.ones(...shape_0_8052));

const byName_1 = new Map();
byName_1.set("enc", new rl.nn.LSTM(3, 8));
byName_1.get("enc").forward(rl.torch.randn(2, 2, 3));
