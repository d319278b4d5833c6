// oracle: seed 384, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 3, 4));
const r_0_0 = o_0.slice(0, 0, 1);
const r_0_1 = h_0.squeeze(0).unsqueeze(0);
const r_0_2 = o_0.reshape(6, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

const m_1 = new rl.nn.GRU(8, 4);
[rl.torch.randn(2, 3, 8), rl.torch.randn(2, 3, 8)].forEach((x) => m_1.forward(x));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rl.nn.LSTM({ input_size: 3, hidden_size: 2, bidirectional: true });
const hp_2b = { inputSize: 4, hiddenSize: 4, numLayers: 2 };
const b_2 = new rl.nn.LSTM({ ...hp_2b, numLayers: 2, bidirectional: true, dropout: 0.5 });
const oa_2 = apply_2(a_2, rl.torch.randn(3, 2, 3));
const ob_2 = apply_2(b_2, rl.torch.zeros(2, 3, 4));
