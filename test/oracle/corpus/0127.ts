// oracle: seed 127, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 5
import * as rl from "rnnlens";

const pair_0 = [new rl.nn.GRU(5, 7), new rl.nn.GRU(7, 7)];
pair_0[1].forward(rl.torch.randn(2, 2, 5));

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, 8));

const hp_2 = { inputSize: 6, hiddenSize: 6, numLayers: 2 };
const m_2 = new rl.nn.GRU({ ...hp_2, numLayers: 2, bidirectional: true });
const x_2 = rl.torch.ones([2, 4, 6]);
const [out_2, st_2] = m_2.forward(x_2);
