// oracle: seed 335, closed, raises at 8: Expected hidden[1] size (6, 2, 8), got [7, 2, 8]
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM({ input_size: 9, hiddenSize: 8, num_layers: 3, bidirectional: true });
const x_0 = torch.ones(4, 2, 9);
const shape_0_1844 = [7, 2, 8];
const [out_0, st_0] = m_0.forward(x_0, [torch.ones(6, 2, 8), torch.rand(...shape_0_1844)]);
const head_0 = new nn.Linear(16, 3);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 3);

const m_1 = new nn.GRU(3, 2);
const [o_1] = m_1.forward(torch.randn(4, 2, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(2, -1);
const s_1 = torch.zeros(...v_1.shape);
