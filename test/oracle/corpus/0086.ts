// oracle: seed 86, closed, raises at 6: input.size(-1) must be equal to input_size. Expected 7, got 8
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(7, 4);
let late_0 = torch.randn(2, 3, 8);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 8);

const m_1 = new nn.GRU(2, 2);
Promise.resolve(torch.randn(2, 3, 2)).then((x) => m_1.forward(x));

let feats_2 = 2;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 2;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
