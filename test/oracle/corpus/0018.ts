// oracle: seed 18, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(3, 7);
const cell_0 = new rl.nn.GRUCell(3, 7);
const x_0 = rl.torch.randn(4, 3, 3);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const cfg_1 = { inputSize: 6, hiddenSize: 5, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 1;
const m_1 = new rl.nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rl.torch.randn(5, 1, 6), rl.torch.zeros(cfg_1.numLayers, 1, 5));
