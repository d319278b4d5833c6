// oracle: seed 254, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 9, hiddenSize: 7, numLayers: 3 };
const a_0 = new rnnlens.nn.RNN({ ...hp_0a, numLayers: 3, batchFirst: true });
const { GRU: GRU_0b } = rnnlens.nn;
const b_0 = new GRU_0b(4, 7, { numLayers: 3, batch_first: false });
const oa_0 = apply_0(a_0, rnnlens.torch.ones(2, 3, 9));
const ob_0 = apply_0(b_0, rnnlens.torch.zeros(2, 3, 4));

const byName_1 = new Map();
byName_1.set("enc", new rnnlens.nn.LSTM(5, 2));
byName_1.get("enc").forward(rnnlens.torch.randn(2, 2, 5));

const { GRU: GRU_2 } = rnnlens.nn;
const m_2 = new GRU_2(8, 5, { num_layers: 1, dropout: 0 });
const shape_2_7133 = [3, 4, 8];
const x_2 = rnnlens.torch.randn(...shape_2_7133);
const [out_2, st_2] = m_2.forward(x_2);
const n_2 = out_2.size(0) * st_2.size(0);
