// oracle: seed 153, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 6, got 8
import { torch, nn } from "rnnlens";

const m_0 = new nn.RNN({ inputSize: 6, hiddenSize: 7, numLayers: 3, bidirectional: false });
const shape_0_5984 = [3, 1, 8];
const x_0 = torch.randn(...shape_0_5984);
const [out_0, st_0] = m_0.forward(x_0, torch.zeros([3, 1, 7]));

let feats_1 = 2;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const m_2 = new nn.GRU({ input_size: 4, hidden_size: 7, numLayers: 3, batchFirst: true, bidirectional: true });
const shape_2_7307 = [2, 3, 4];
const x_2 = torch.rand(...shape_2_7307);
const [out_2, st_2] = m_2.forward(x_2, torch.ones([6, 2, 7]));
