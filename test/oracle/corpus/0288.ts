// oracle: seed 288, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 7, got 9
const { torch, nn } = require("rnnlens");

let feats_0 = 4;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 9));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.GRU(7, 3, { num_layers: 1, batch_first: false, bidirectional: true });
const args_1b: [number, number, number] = [6, 8, 3];
const b_1 = new nn.RNN(...args_1b);
const oa_1 = apply_1(a_1, torch.zeros([3, 2, 7]));
const shape_1_522 = [2, 3, 6];
const ob_1 = apply_1(b_1, torch.randn(...shape_1_522));

const opts_2 = { kind: "rnn", layers: 2 };
let m_2;
switch (opts_2.kind) {
  case "lstm":
    m_2 = new nn.LSTM(2, 2, opts_2.layers);
    break;
  case "gru":
    m_2 = new nn.GRU(2, 2, opts_2.layers);
    break;
  default:
    m_2 = new nn.RNN(2, 2, opts_2.layers);
}
const [o_2] = m_2.forward(torch.randn(3, 2, 2));
switch (opts_2.kind) {
  case "lstm":
    m_2.forward(torch.randn(3, 2, 3));
    break;
}
