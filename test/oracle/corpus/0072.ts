// oracle: seed 72, closed, raises at 9: mat1 and mat2 shapes cannot be multiplied (6x4 and 3x4)
import * as rl from "rnnlens";

const hp_0 = { inputSize: 2, hiddenSize: 4, numLayers: 1 };
const m_0 = new rl.nn.RNN({ ...hp_0, numLayers: 3, batch_first: false, bidirectional: false });
const x_0 = rl.torch.zeros(2, 3, 2);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(3, 4);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 1);
