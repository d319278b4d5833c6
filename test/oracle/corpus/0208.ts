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
const v_1 = o_1.permute(1, 0, 2).view(2, 2, 5);

const opts_2 = { layers: 2 };
const m_2 = new rl.nn.GRU(4, 7, opts_2?.layers ?? 1);
m_2.forward(rl.torch.randn(2, 2, 4), rl.torch.zeros(opts_2.layers, 2, 7));
