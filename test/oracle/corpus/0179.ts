// oracle: seed 179, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { LSTM: LSTM_0a } = nn;
const a_0 = new LSTM_0a(5, 4, { num_layers: 2, batch_first: true });
const b_0 = new nn.LSTM(6, 5, { numLayers: 1, batch_first: true, bidirectional: true });
const oa_0 = apply_0(a_0, torch.rand(2, 3, 5));
const shape_0_2602 = [3, 2, 6];
const ob_0 = apply_0(b_0, torch.ones(...shape_0_2602));

const m_1 = new nn.GRU(6, 2);
Promise.resolve(torch.randn(2, 3, 6)).then((x) => m_1.forward(x));

const cfg_2 = { inputSize: 5, hiddenSize: 8, numLayers: 2 };
if (cfg_2.inputSize > 10) cfg_2.numLayers = 3;
const m_2 = new nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(5, 1, 5), torch.zeros(cfg_2.numLayers, 1, 8));
