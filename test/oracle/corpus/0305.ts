// oracle: seed 305, closed, raises at 8: mat1 and mat2 shapes cannot be multiplied (5x6 and 8x2)
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(4, 3, { bidirectional: true });
const x_0 = torch.rand(5, 1, 4);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(8, 2);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, -1);
const n_0 = out_0.size(1) * st_0.size(0);

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(4, 2, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(2, -1);
