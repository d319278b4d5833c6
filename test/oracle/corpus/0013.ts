// oracle: seed 13, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 1, 4));
const r_0_0 = o_0.slice(0, 1, 2);
const r_0_1 = h_0.squeeze();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 2, hiddenSize: 7, numLayers: 1 };
const a_1 = new nn.GRU({ ...hp_1a, numLayers: 1, batchFirst: true, dropout: 0 });
const b_1 = new nn.RNN({ input_size: 2, hiddenSize: 4, numLayers: 3 });
const oa_1 = apply_1(a_1, torch.zeros(2, 3, 2));
const ob_1 = apply_1(b_1, torch.rand(2, 3, 2));
