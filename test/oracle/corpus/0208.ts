// oracle: seed 208, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(7, 8);
const cell_0 = new rl.nn.GRUCell(7, 8);
const x_0 = rl.torch.randn(3, 7);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(7, 5));
const y_1 = step_1(rl.torch.randn(2, 2, 7));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const cfg_2 = { inputSize: 5, hiddenSize: 6, numLayers: 1 };
cfg_2.numLayers = 1;
const m_2 = new rl.nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rl.torch.randn(3, 4, 5), rl.torch.zeros(cfg_2.numLayers, 4, 6));
