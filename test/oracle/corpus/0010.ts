// oracle: seed 10, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 5, got 7
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 5, hiddenSize: 5, numLayers: 1 };
const a_0 = new nn.LSTM({ ...hp_0a, numLayers: 1, batch_first: true, bidirectional: true });
const hp_0b = { inputSize: 9, hiddenSize: 3, numLayers: 1 };
const b_0 = new nn.LSTM({ ...hp_0b, numLayers: 1 });
const oa_0 = apply_0(a_0, torch.randn(2, 3, 7));
const ob_0 = apply_0(b_0, torch.randn(2, 3, 9));

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(7, 4));
const y_1 = step_1(torch.randn(2, 2, 7));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const rnn_2 = new nn.GRU(7, 3);
const cell_2 = new nn.GRUCell(7, 3);
const x_2 = torch.randn(3, 7);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
