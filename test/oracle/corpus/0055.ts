// oracle: seed 55, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_0a = { inputSize: 2, hiddenSize: 3, numLayers: 1 };
const a_0 = new nn.LSTM({ ...hp_0a, numLayers: 2, batchFirst: true, bidirectional: false });
const b_0 = new nn.LSTM(6, 5, { num_layers: 1, batchFirst: true });
const shape_0_6439 = [2, 3, 2];
const oa_0 = apply_0(a_0, torch.randn(...shape_0_6439));
const ob_0 = apply_0(b_0, torch.randn([3, 2, 6]));

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(4, 2, 3));
const v_1 = o_1.view(8, 5);

const cell_2 = new nn.GRUCell(8, 5);
const xs_2 = torch.randn(4, 2, 8);
let h_2 = torch.zeros(2, 5);
for (let t_2 = 0; t_2 < 6; t_2++) {
  if (t_2 >= 4) break;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(5, 2).forward(h_2);
