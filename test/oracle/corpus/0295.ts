// oracle: seed 295, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 4, got 6
import rl from "rnnlens";

const hp_0 = { inputSize: 4, hiddenSize: 9, numLayers: 1 };
const m_0 = new rl.nn.LSTM({ ...hp_0, numLayers: 2 });
const x_0 = rl.torch.randn(5, 4, 6);
const shape_0_6433 = [2, 4, 9];
const [out_0, st_0] = m_0.forward(x_0, [rl.torch.rand(2, 4, 9), rl.torch.ones(...shape_0_6433)]);
const head_0 = new rl.nn.Linear(9, 4);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);
const n_0 = out_0.size(1) * st_0[0].size(0);

const m_1 = new rl.nn.GRU(6, 4);
Promise.resolve(rl.torch.randn(2, 3, 6)).then((x) => m_1.forward(x));

const m_2 = new rl.nn.LSTM(4, 2);
const [o_2, [h_2, c_2]] = m_2.forward(rl.torch.randn(3, 1, 4));
const r_2_0 = o_2.select(0, 3 / 2);
const r_2_1 = o_2.permute(2, 0, 1).contiguous();
const r_2_2 = o_2.select(1, 0).t();
const r_2_3 = o_2.select(0, 3 / 2);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
