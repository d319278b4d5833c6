// oracle: seed 325, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 4, hiddenSize: 5, numLayers: 1 };
function setLayers_0(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_0(cfg_0, 3);
const m_0 = new rl.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(4, 3, 4), rl.torch.zeros(cfg_0.numLayers, 3, 5));

const rnn_1 = new rl.nn.GRU(7, 6);
const cell_1 = new rl.nn.GRUCell(7, 6);
const x_1 = rl.torch.randn(4, 3, 7);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new rl.nn.RNN(4, 2, { numLayers: 3, batch_first: true });
const b_2 = new rl.nn.RNN({ input_size: 4, hidden_size: 2, numLayers: 3 });
const shape_2_6712 = [2, 3, 4];
const oa_2 = apply_2(a_2, rl.torch.ones(...shape_2_6712));
const shape_2_933 = [2, 3, 4];
const ob_2 = apply_2(b_2, rl.torch.zeros(...shape_2_933));
