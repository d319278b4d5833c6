// oracle: seed 314, closed, runs cleanly
import * as rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rl.nn.LSTM({ input_size: 6, hiddenSize: 9, num_layers: 1 });
const { LSTM: LSTM_0b } = rl.nn;
const b_0 = new LSTM_0b(8, 8, { batchFirst: true });
const oa_0 = apply_0(a_0, rl.torch.ones([3, 2, 6]));
const ob_0 = apply_0(b_0, rl.torch.zeros(3, 2, 8));

const m_1 = new rl.nn.GRU(7, 6);
const outs_1 = [rl.torch.randn(2, 3, 7), rl.torch.randn(2, 3, 7)].map((x) => m_1.forward(x)[0]);
