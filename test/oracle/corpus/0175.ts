// oracle: seed 175, closed, raises at 7: Expected hidden size (2, 4, 2), got [1, 4, 2]
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 2, hiddenSize: 2, numLayers: 1 };
cfg_0.numLayers = 2;
const m_0 = new nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(5, 4, 2), torch.zeros(1, 4, 2));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.RNN(7, 6, { num_layers: 3, batchFirst: true, dropout: 0.1 });
const args_1b: [number, number, number] = [2, 8, 2];
const b_1 = new nn.RNN(...args_1b);
const oa_1 = apply_1(a_1, torch.rand(2, 3, 7));
const shape_1_2504 = [2, 3, 2];
const ob_1 = apply_1(b_1, torch.zeros(...shape_1_2504));

const rnn_2 = new nn.GRU(4, 6);
const cell_2 = new nn.GRUCell(4, 6);
const x_2 = torch.randn(4, 3, 4);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
