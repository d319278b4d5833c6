// oracle: seed 65, closed, runs cleanly
import { torch, nn } from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.LSTM({ inputSize: 4, hidden_size: 3, num_layers: 3 });
const { LSTM: LSTM_0b } = nn;
const b_0 = new LSTM_0b(3, 9, { numLayers: 3, dropout: 0.5 });
const oa_0 = apply_0(a_0, torch.rand(3, 2, 4));
const ob_0 = apply_0(b_0, torch.randn([2, 3, 3]));

const m_1 = new nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 1, 4));
const r_1_0 = o_1.flatten(1, 2);
const r_1_1 = o_1.permute(1, 0, 2).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
