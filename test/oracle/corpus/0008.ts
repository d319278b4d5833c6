// oracle: seed 8, closed, raises at 12: Expected hidden[0] size (2, 2, 6), got [2, 4, 6]
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(6, 5, { numLayers: 3, batch_first: true });
const x_0 = torch.randn(3, 1, 6);
const [out_0, st_0] = m_0.forward(x_0, [torch.rand(3, 3, 5), torch.ones([3, 3, 5])]);
const n_0 = out_0.size(-1) * st_0[0].size(0);

const hp_1 = { inputSize: 9, hiddenSize: 6, numLayers: 2 };
const m_1 = new nn.LSTM({ ...hp_1, numLayers: 2 });
const x_1 = torch.rand(2, 2, 9);
const [out_1, st_1] = m_1.forward(x_1, [torch.randn([2, 4, 6]), torch.rand(2, 2, 6)]);
const head_1 = new nn.Linear(6, 2);
const y_1 = head_1.forward(out_1);
