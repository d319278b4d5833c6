// oracle: seed 380, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.GRU({ input_size: 8, hiddenSize: 3, num_layers: 2 });
const hp_0b = { inputSize: 5, hiddenSize: 8, numLayers: 1 };
const b_0 = new nn.RNN({ ...hp_0b, numLayers: 1, batchFirst: true, bidirectional: true });
const oa_0 = apply_0(a_0, torch.ones(3, 2, 8));
const ob_0 = apply_0(b_0, torch.randn(3, 2, 5));

const cfg_1 = { inputSize: 2, hiddenSize: 7, numLayers: 1 };
cfg_1.numLayers = 1;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(5, 2, 2), torch.zeros(1, 2, 7));

const byName_2 = new Map();
byName_2.set("enc", new nn.LSTM(3, 7));
byName_2.get("enc").forward(torch.randn(2, 2, 3));
