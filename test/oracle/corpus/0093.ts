// oracle: seed 93, closed, runs cleanly
import * as rl from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const m_1 = new rl.nn.GRU(3, 3);
const [o_1] = m_1.forward(rl.torch.randn(4, 2, 3));
const v_1 = o_1.view(8, 3);
const s_1 = rl.torch.zeros(...v_1.shape);
