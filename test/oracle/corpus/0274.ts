// oracle: seed 274, closed, raises at 7: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);
const s_0 = torch.zeros(...v_0.shape);

const cfg_1 = { inputSize: 3, hiddenSize: 7, numLayers: 1 };
Object.assign(cfg_1, { numLayers: 3 });
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(1, 3, 3), torch.zeros(cfg_1.numLayers, 3, 7));

const hp_2 = { inputSize: 4, hiddenSize: 6, numLayers: 1 };
const m_2 = new nn.RNN({ ...hp_2, numLayers: 1, bidirectional: false });
const shape_2_6378 = [5, 4, 4];
const x_2 = torch.rand(...shape_2_6378);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new nn.Linear(6, 5);
const y_2 = head_2.forward(out_2);
