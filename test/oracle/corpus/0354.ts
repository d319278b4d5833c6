// oracle: seed 354, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 6, got 8
import rl from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 8));
