// oracle: seed 38, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(8, 4, { num_layers: 1, batchFirst: true });
const shape_0_9295 = [3, 2, 8];
const x_0 = torch.rand(...shape_0_9295);
const [out_0, st_0] = m_0.forward(x_0, [torch.zeros([1, 3, 4]), torch.rand(1, 3, 4)]);

const m_1 = new nn.GRU(3, 4);
const [o_1] = m_1.forward(torch.randn(4, 3, 3));
const v_1 = o_1.permute(1, 0, 2).view(3, 4, 4);
const s_1 = torch.zeros(...v_1.shape);

const m_2 = new nn.GRU(7, 3);
const x_2 = torch.zeros([3, 2, 7]);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new nn.Linear(3, 2);
const y_2 = head_2.forward(out_2);
const last_2 = y_2.select(0, -1);
const n_2 = out_2.size(-1) * st_2.size(0);
