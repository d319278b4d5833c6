// oracle: seed 296, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.GRU(7, 9, 2);
const hp_0b = { inputSize: 3, hiddenSize: 9, numLayers: 1 };
const b_0 = new nn.RNN({ ...hp_0b, numLayers: 1, batchFirst: true, bidirectional: false });
const shape_0_6334 = [3, 2, 7];
const oa_0 = apply_0(a_0, torch.randn(...shape_0_6334));
const ob_0 = apply_0(b_0, torch.randn(3, 2, 3));

const m_1 = new nn.GRU(8, 4);
Promise.resolve(torch.randn(2, 3, 8)).then((x) => m_1.forward(x));

const m_2 = new nn.LSTM(4, 4);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(4, 2, 4));
const r_2_0 = o_2.flatten(0, 1);
const r_2_1 = c_2.select(0, 0);
const r_2_2 = o_2.select(1, 0).t();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
