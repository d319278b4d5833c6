// oracle: seed 38, closed, raises at 17: input.size(-1) must be equal to input_size. Expected 2, got 3
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(4, 3, 4));
const r_0_0 = o_0.permute(1, 0, 2).contiguous();
const r_0_1 = o_0.reshape(12, -1);
const r_0_2 = h_0.squeeze();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

let feats_1 = 3;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 12));

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { LSTM: LSTM_2a } = rnnlens.nn;
const a_2 = new LSTM_2a(9, 8);
const b_2 = new rnnlens.nn.LSTM({ inputSize: 2, hidden_size: 7, num_layers: 2, batchFirst: true });
const oa_2 = apply_2(a_2, rnnlens.torch.randn(3, 2, 9));
const ob_2 = apply_2(b_2, rnnlens.torch.randn(3, 2, 3));
