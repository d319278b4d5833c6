// oracle: seed 283, closed, raises at 8: Expected hidden size (1, 2, 8), got [1, 1, 8]
import rl from "rnnlens";

const hp_0 = { inputSize: 5, hiddenSize: 8, numLayers: 1 };
const m_0 = new rl.nn.RNN({ ...hp_0, numLayers: 1, batchFirst: true, bidirectional: false });
const x_0 = rl.torch.ones(2, 3, 5);
const shape_0_1523 = [1, 1, 8];
const [out_0, st_0] = m_0.forward(x_0, rl.torch.zeros(...shape_0_1523));

const rnn_1 = new rl.nn.GRU(8, 7);
const cell_1 = new rl.nn.GRUCell(8, 7);
const x_1 = rl.torch.randn(3, 8);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
