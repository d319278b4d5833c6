// oracle: seed 33, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { RNN: RNN_0a } = nn;
const a_0 = new RNN_0a(5, 8, { numLayers: 1 });
const { GRU: GRU_0b } = nn;
const b_0 = new GRU_0b(4, 8);
const oa_0 = apply_0(a_0, torch.ones(3, 2, 5));
const ob_0 = apply_0(b_0, torch.zeros(2, 3, 4));

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(5, 5));
byName_1.get("enc").forward(torch.randn(2, 2, 5));

const cfg_2 = { inputSize: 6, hiddenSize: 8, numLayers: 1 };
cfg_2["numLayers"] = 3;
const m_2 = new nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(2, 3, 6), torch.zeros(cfg_2.numLayers, 3, 8));
