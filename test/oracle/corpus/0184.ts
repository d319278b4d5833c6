// oracle: seed 184, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 2, got 6
import { torch, nn } from "rnnlens";

const pair_0 = [new nn.GRU(2, 6), new nn.GRU(6, 6)];
pair_0[0].forward(torch.randn(2, 2, 6));

const m_1 = new nn.GRU(5, 4);
let w_1 = 6;
[1, 2].forEach(() => {
  w_1 = 5;
});
m_1.forward(torch.randn(2, 3, w_1));

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 2;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
