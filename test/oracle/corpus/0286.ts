// oracle: seed 286, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(3, 3, 4));
const r_0_0 = o_0.detach().clone().contiguous();
const r_0_1 = o_0.flatten(0, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new rl.nn.GRU(2, 7, { num_layers: 2, bidirectional: false });
const b_1 = new rl.nn.GRU(8, 6, { numLayers: 2, batchFirst: true });
const oa_1 = apply_1(a_1, rl.torch.zeros(3, 2, 2));
const ob_1 = apply_1(b_1, rl.torch.randn(3, 2, 8));
