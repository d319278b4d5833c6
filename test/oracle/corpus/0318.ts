// oracle: seed 318, closed, runs cleanly
import { torch, nn } from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.LSTM(9, 8, { num_layers: 3, bidirectional: false, dropout: 0.5 });
const b_0 = new nn.LSTM(2, 6, { batchFirst: false, bidirectional: true });
const oa_0 = apply_0(a_0, torch.rand(3, 2, 9));
const ob_0 = apply_0(b_0, torch.zeros(2, 3, 2));
