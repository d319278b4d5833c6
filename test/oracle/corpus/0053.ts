// oracle: seed 53, closed, runs cleanly
import { torch, nn } from "rnnlens";

const args_0: [number, number, number] = [2, 6, 1];
const m_0 = new nn.LSTM(...args_0);
const x_0 = torch.rand(6, 3, 2);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(6, 5);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(2) * st_0[0].size(0);

let feats_1 = 2;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const cfg_2 = { inputSize: 8, hiddenSize: 4, numLayers: 2 };
cfg_2.numLayers = 3;
const m_2 = new nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(torch.randn(2, 4, 8), torch.zeros(cfg_2.numLayers, 4, 4));
