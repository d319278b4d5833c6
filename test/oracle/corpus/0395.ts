// oracle: seed 395, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 3, 4));
const r_0_0 = c_0.select(0, 0);
const r_0_1 = h_0.squeeze();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
m_0.eval();
m_0.train();

const rnn_1 = new nn.GRU(3, 4);
const cell_1 = new nn.GRUCell(3, 4);
const x_1 = torch.randn(4, 3, 3);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new nn.RNN(9, 5, { num_layers: 2 });
const b_2 = new nn.GRU(5, 5, { numLayers: 2, batchFirst: true });
const oa_2 = apply_2(a_2, torch.rand(3, 2, 9));
const ob_2 = apply_2(b_2, torch.rand(3, 2, 5));
