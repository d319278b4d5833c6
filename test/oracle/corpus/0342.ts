// oracle: seed 342, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.LSTM({ input_size: 9, hiddenSize: 4, numLayers: 3 });
const { LSTM: LSTM_0b } = nn;
const b_0 = new LSTM_0b(4, 8);
const shape_0_3044 = [3, 2, 9];
const oa_0 = apply_0(a_0, torch.rand(...shape_0_3044));
const shape_0_4653 = [2, 3, 4];
const ob_0 = apply_0(b_0, torch.zeros(...shape_0_4653));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const args_1a: [number, number, number] = [6, 2, 3];
const a_1 = new nn.GRU(...args_1a);
const b_1 = new nn.GRU(5, 9, { batchFirst: true, bidirectional: false });
const oa_1 = apply_1(a_1, torch.zeros(3, 2, 6));
const ob_1 = apply_1(b_1, torch.zeros(3, 2, 5));
