// oracle: seed 294, closed, raises at 6: shape '[9, 2]' is invalid for input of size 16
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 2);
const [o_0] = m_0.forward(rnnlens.torch.randn(2, 4, 3));
const v_0 = o_0.view(9, 2);
