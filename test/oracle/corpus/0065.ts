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

const { RNN: RNN_1 } = nn;
const m_1 = new RNN_1(4, 7, { num_layers: 1 });
const shape_1_2038 = [4, 1, 4];
const x_1 = torch.rand(...shape_1_2038);
const [out_1, st_1] = m_1.forward(x_1, torch.ones(1, 1, 7));
const head_1 = new nn.Linear(7, 5);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 3);
const n_1 = out_1.size(0) * st_1.size(0);
