// oracle: seed 34, closed, raises at 6: Expected hidden size (2, 4, 8), got [4, 5, 8]
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 8, { numLayers: 1, batchFirst: false, bidirectional: true });
const x_0 = torch.randn(2, 4, 3);
const [out_0, st_0] = m_0.forward(x_0, torch.zeros([4, 5, 8]));
const head_0 = new nn.Linear(16, 4);
const y_0 = head_0.forward(out_0);

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(3, 3, 3));
const v_1 = o_1.transpose(1, 2).view(3, 5, -1);

const m_2 = new nn.GRU(3, 3);
const [o_2] = m_2.forward(torch.randn(3, 4, 3));
const v_2 = o_2.view(24, 3);
