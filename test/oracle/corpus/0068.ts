// oracle: seed 68, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const hp_0 = { inputSize: 3, hiddenSize: 6, numLayers: 1 };
const m_0 = new nn.LSTM({ ...hp_0, numLayers: 1 });
const shape_0_3952 = [4, 3, 3];
const x_0 = torch.rand(...shape_0_3952);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(6, 2);
const y_0 = head_0.forward(out_0);
