// oracle: seed 111, closed, raises at 9: mat1 and mat2 shapes cannot be multiplied (12x16 and 17x4)
import rl from "rnnlens";

const { GRU: GRU_0 } = rl.nn;
const m_0 = new GRU_0(9, 8, { num_layers: 1, bidirectional: true, dropout: 0.1 });
const x_0 = rl.torch.rand(4, 3, 9);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(17, 4);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 3);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new rl.nn.LSTM(3, 4, { num_layers: 2, dropout: 0.5 });
const b_1 = new rl.nn.LSTM(4, 2, { batchFirst: false, bidirectional: true });
const shape_1_2079 = [3, 2, 3];
const oa_1 = apply_1(a_1, rl.torch.ones(...shape_1_2079));
const ob_1 = apply_1(b_1, rl.torch.ones(2, 3, 4));

const m_2 = new rl.nn.GRU(9, 9, { num_layers: 2, batch_first: true, bidirectional: false, dropout: 0 });
const x_2 = rl.torch.zeros(4, 1, 9);
const [out_2, st_2] = m_2.forward(x_2, rl.torch.zeros(2, 3, 9));
const head_2 = new rl.nn.Linear(9, 2);
const y_2 = head_2.forward(out_2);
