// oracle: seed 159, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 8, got 9
import * as rl from "rnnlens";

const hp_0 = { inputSize: 8, hiddenSize: 4, numLayers: 1 };
const m_0 = new rl.nn.GRU({ ...hp_0, numLayers: 1 });
const x_0 = rl.torch.ones(5, 4, 9);
const [out_0, st_0] = m_0.forward(x_0, rl.torch.rand(1, 4, 4));
