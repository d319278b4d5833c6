// oracle: seed 274, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);
const s_0 = torch.zeros(...v_0.shape);

const m_1 = new nn.RNN({ input_size: 7, hiddenSize: 5, numLayers: 3, batchFirst: true, bidirectional: false });
const shape_1_9773 = [3, 5, 7];
const x_1 = torch.ones(...shape_1_9773);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(5, 2);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, 4);

const m_2 = new nn.GRU(3, 6);
const [o_2] = m_2.forward(torch.randn(4, 3, 3));
const v_2 = o_2.transpose(0, 1).view(3, -1);
