// oracle: seed 177, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.LSTM({ input_size: 8, hidden_size: 6, num_layers: 1, batchFirst: false, bidirectional: true });
const { LSTM: LSTM_0b } = nn;
const b_0 = new LSTM_0b(6, 7, { numLayers: 3, bidirectional: true });
const oa_0 = apply_0(a_0, torch.ones(3, 2, 8));
const ob_0 = apply_0(b_0, torch.ones([2, 3, 6]));
