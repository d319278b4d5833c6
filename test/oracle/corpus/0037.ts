// oracle: seed 37, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(3, 6);
const shape_0_7514 = [3, 3, 3];
const x_0 = torch.randn(...shape_0_7514);
const shape_0_9706 = [1, 3, 6];
const [out_0, st_0] = m_0.forward(x_0, [torch.zeros(1, 3, 6), torch.zeros(...shape_0_9706)]);
const head_0 = new nn.Linear(6, 3);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 2);

const cfg_1 = { inputSize: 3, hiddenSize: 6, numLayers: 2 };
cfg_1["numLayers"] = 1;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(3, 1, 3), torch.zeros(cfg_1.numLayers, 1, 6));

const m_2 = new nn.GRU(3, 3);
const [o_2] = m_2.forward(torch.randn(4, 2, 3));
const v_2 = o_2.transpose(0, 1).contiguous().view(2, -1);
