// oracle: seed 29, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 5, got 10
import * as rl from "rnnlens";

const hp_0 = { inputSize: 5, hiddenSize: 4, numLayers: 1 };
const m_0 = new rl.nn.RNN({ ...hp_0, numLayers: 1, batch_first: true, bidirectional: true });
const x_0 = rl.torch.rand(3, 1, 10);
const [out_0, st_0] = m_0.forward(x_0, rl.torch.randn(2, 3, 4));
const n_0 = out_0.size(1) * st_0.size(0);
