// oracle: seed 171, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 3, 4));
const r_0_0 = o_0.reshape(9, -1);
const r_0_1 = o_0.reshape(9, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_1a = { inputSize: 7, hiddenSize: 9, numLayers: 1 };
const a_1 = new nn.LSTM({ ...hp_1a, numLayers: 1, batch_first: false });
const b_1 = new nn.LSTM(4, 6, { numLayers: 1, batch_first: true });
const oa_1 = apply_1(a_1, torch.rand(3, 2, 7));
const ob_1 = apply_1(b_1, torch.rand(3, 2, 4));
