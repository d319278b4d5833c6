// oracle: seed 194, closed, runs cleanly
import rnnlens = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { LSTM: LSTM_0a } = rnnlens.nn;
const a_0 = new LSTM_0a(2, 7, { num_layers: 1, batchFirst: true });
const { LSTM: LSTM_0b } = rnnlens.nn;
const b_0 = new LSTM_0b(3, 9);
const oa_0 = apply_0(a_0, rnnlens.torch.rand(2, 3, 2));
const ob_0 = apply_0(b_0, rnnlens.torch.randn(2, 3, 3));

let feats_1 = 5;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 5));
