// oracle: seed 208, closed, runs cleanly
import * as rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rl.nn.LSTM(9, 3, { numLayers: 2, batchFirst: true, bidirectional: true });
const { LSTM: LSTM_0b } = rl.nn;
const b_0 = new LSTM_0b(8, 4, { batch_first: false });
const oa_0 = apply_0(a_0, rl.torch.ones([2, 3, 9]));
const ob_0 = apply_0(b_0, rl.torch.ones([2, 3, 8]));

const m_1 = new rl.nn.GRU(3, 5);
const [o_1] = m_1.forward(rl.torch.randn(2, 2, 3));
const v_1 = o_1.view(4, 5);

const layers_2 = [new rl.nn.RNN(7, 8), new rl.nn.RNN(8, 8), new rl.nn.RNN(8, 8)];
let y_2 = rl.torch.randn(4, 3, 7);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
