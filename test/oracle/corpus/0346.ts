// oracle: seed 346, closed, runs cleanly
import { torch, nn } from "rnnlens";

const { LSTM: LSTM_0 } = nn;
const m_0 = new LSTM_0(6, 2, { batchFirst: true });
const x_0 = torch.ones(4, 6, 6);
const [out_0, st_0] = m_0.forward(x_0);
const n_0 = out_0.size(1) * st_0[0].size(0);

const cfg_1 = { inputSize: 8, hiddenSize: 9, numLayers: 2 };
cfg_1.numLayers = 3;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(5, 2, 8), torch.zeros(cfg_1.numLayers, 2, 9));

const m_2 = new nn.LSTM(4, 3);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(4, 2, 4));
const r_2_0 = h_2.squeeze(0).unsqueeze(0);
const r_2_1 = o_2.select(1, 0).t();
const r_2_2 = o_2.permute(0, 2, 1).contiguous();
const r_2_3 = o_2.select(1, 0).t();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
