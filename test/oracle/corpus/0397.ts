// oracle: seed 397, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(9, 2, { batch_first: true, bidirectional: true, dropout: 0.1 });
const shape_0_2232 = [2, 2, 9];
const x_0 = torch.randn(...shape_0_2232);
const [out_0, st_0] = m_0.forward(x_0, [torch.randn([2, 2, 2]), torch.rand(2, 2, 2)]);
const head_0 = new nn.Linear(4, 2);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(-1) * st_0[0].size(0);

const cfg_1 = { inputSize: 4, hiddenSize: 4, numLayers: 1 };
cfg_1.numLayers = 2;
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(5, 3, 4), torch.zeros(cfg_1.numLayers, 3, 4));
