// oracle: seed 192, closed, runs cleanly
import { torch, nn } from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.LSTM({ input_size: 8, hidden_size: 7, batch_first: true });
const b_0 = new nn.LSTM(3, 5, { batchFirst: true });
const shape_0_9775 = [2, 3, 8];
const oa_0 = apply_0(a_0, torch.zeros(...shape_0_9775));
const ob_0 = apply_0(b_0, torch.rand(3, 2, 3));

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 8));
