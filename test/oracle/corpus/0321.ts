// oracle: seed 321, closed, raises at 10: mat1 and mat2 shapes cannot be multiplied (1x6 and 5x4)
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(8, 6, { numLayers: 2 });
const shape_0_3317 = [1, 1, 8];
const x_0 = torch.rand(...shape_0_3317);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(5, 4);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(2) * st_0[0].size(0);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new nn.LSTM({ input_size: 3, hidden_size: 7, num_layers: 2, batchFirst: true });
const b_1 = new nn.LSTM(7, 4, { num_layers: 2, bidirectional: true });
const shape_1_193 = [2, 3, 3];
const oa_1 = apply_1(a_1, torch.ones(...shape_1_193));
const ob_1 = apply_1(b_1, torch.ones(2, 3, 7));
