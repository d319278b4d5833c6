// oracle: seed 332, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 3, got 4
const { torch, nn } = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 4));

const m_1 = new nn.GRU(7, 5);
let late_1 = torch.randn(2, 3, 8);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = torch.randn(2, 3, 7);
