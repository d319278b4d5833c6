// oracle: seed 13, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const hp_0 = { inputSize: 2, hiddenSize: 2, numLayers: 1 };
const m_0 = new nn.RNN({ ...hp_0, numLayers: 1, bidirectional: false });
const shape_0_4344 = [6, 3, 2];
const x_0 = torch.randn(...shape_0_4344);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(2, 2);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);

const hp_1 = { inputSize: 4, hiddenSize: 9, numLayers: 1 };
const m_1 = new nn.RNN({ ...hp_1, numLayers: 1, batch_first: false, bidirectional: true, dropout: 0 });
const x_1 = torch.zeros(3, 2, 4);
const [out_1, st_1] = m_1.forward(x_1, torch.randn([2, 2, 9]));
