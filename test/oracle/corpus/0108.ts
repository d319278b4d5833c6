// oracle: seed 108, closed, raises at 11: input.size(-1) must be equal to input_size. Expected 5, got 6
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(7, 4);
Promise.resolve(torch.randn(2, 3, 7)).then((x) => m_0.forward(x));

let feats_1 = 2;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 6));
