// oracle: seed 349, closed, runs cleanly
import rl from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const m_1 = new rl.nn.GRU(6, 2);
let w_1 = 7;
[1, 2].forEach(() => {
  w_1 = 6;
});
m_1.forward(rl.torch.randn(2, 3, w_1));
