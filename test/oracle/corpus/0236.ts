// oracle: seed 236, closed, runs cleanly
import { torch, nn } from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.GRU(6, 7, { numLayers: 2, bidirectional: true });
const { RNN: RNN_0b } = nn;
const b_0 = new RNN_0b(6, 6);
const oa_0 = apply_0(a_0, torch.randn([3, 2, 6]));
const ob_0 = apply_0(b_0, torch.ones(2, 3, 6));

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(5, 6));
byName_1.get("enc").forward(torch.randn(2, 2, 5));
