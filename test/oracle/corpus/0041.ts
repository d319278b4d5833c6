// oracle: seed 41, closed, runs cleanly
import rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rl.nn.GRU({ input_size: 8, hiddenSize: 5, num_layers: 3, bidirectional: true });
const b_0 = new rl.nn.RNN({ inputSize: 8, hidden_size: 4, batchFirst: false, dropout: 0.5 });
const oa_0 = apply_0(a_0, rl.torch.zeros(3, 2, 8));
const ob_0 = apply_0(b_0, rl.torch.ones([2, 3, 8]));

const rnn_1 = new rl.nn.GRU(3, 3);
const cell_1 = new rl.nn.GRUCell(3, 3);
const x_1 = rl.torch.randn(4, 3, 3);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
