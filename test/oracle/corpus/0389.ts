// oracle: seed 389, closed, raises at 16: mat1 and mat2 shapes cannot be multiplied (5x3 and 2x2)
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 7, hiddenSize: 9, numLayers: 1 };
cfg_0["numLayers"] = 2;
const m_0 = new nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(3, 3, 7), torch.zeros(cfg_0.numLayers, 3, 9));

const hp_1 = { inputSize: 4, hiddenSize: 3, numLayers: 1 };
const m_1 = new nn.LSTM({ ...hp_1, numLayers: 1 });
const shape_1_5968 = [5, 1, 4];
const x_1 = torch.ones(...shape_1_5968);
const [out_1, st_1] = m_1.forward(x_1, [torch.ones(1, 1, 3), torch.rand(1, 1, 3)]);
const head_1 = new nn.Linear(2, 2);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 4);
const n_1 = out_1.size(2) * st_1[0].size(0);

let feats_2 = 2;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 3;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
