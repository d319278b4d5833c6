// oracle: seed 109, closed, runs cleanly
import rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new rl.nn.RNN(4, 6, { numLayers: 2, batchFirst: true });
const b_0 = new rl.nn.GRU(5, 2);
const shape_0_7914 = [2, 3, 4];
const oa_0 = apply_0(a_0, rl.torch.rand(...shape_0_7914));
const shape_0_3880 = [2, 3, 5];
const ob_0 = apply_0(b_0, rl.torch.randn(...shape_0_3880));

const args_1: [number, number, number] = [4, 4, 1];
const m_1 = new rl.nn.RNN(...args_1);
const x_1 = rl.torch.rand([2, 1, 4]);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rl.nn.Linear(4, 3);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 1);
const n_1 = out_1.size(1) * st_1.size(0);

const m_2 = new rl.nn.LSTM(4, 5);
const [o_2, [h_2, c_2]] = m_2.forward(rl.torch.randn(2, 1, 4));
const r_2_0 = o_2.reshape(2, -1);
const r_2_1 = o_2.detach().clone().contiguous();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
