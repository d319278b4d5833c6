// oracle: seed 369, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 8, got 9
const { torch, nn } = require("rnnlens");

let feats_0 = 5;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 9));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const args_1a: [number, number, number] = [3, 5, 1];
const a_1 = new nn.GRU(...args_1a);
const hp_1b = { inputSize: 6, hiddenSize: 9, numLayers: 1 };
const b_1 = new nn.RNN({ ...hp_1b, numLayers: 1, bidirectional: true });
const oa_1 = apply_1(a_1, torch.rand(3, 2, 3));
const ob_1 = apply_1(b_1, torch.zeros(2, 3, 6));

const rnn_2 = new nn.GRU(7, 3);
const cell_2 = new nn.GRUCell(7, 3);
const x_2 = torch.randn(3, 7);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
