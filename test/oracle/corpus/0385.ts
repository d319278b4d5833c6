// oracle: seed 385, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 4, got 6
import { torch, nn } from "rnnlens";

const hp_0 = { inputSize: 6, hiddenSize: 3, numLayers: 1 };
const m_0 = new nn.GRU({ ...hp_0, numLayers: 1, batchFirst: false });
const shape_0_8306 = [4, 3, 6];
const x_0 = torch.rand(...shape_0_8306);
const [out_0, st_0] = m_0.forward(x_0, torch.randn([1, 3, 3]));

let feats_1 = 4;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 6));
