// oracle: seed 121, closed, raises at 14: mat1 and mat2 shapes cannot be multiplied (6x7 and 8x4)
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(4, 3);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 5));
});

const hp_1 = { inputSize: 3, hiddenSize: 7, numLayers: 1 };
const m_1 = new nn.RNN({ ...hp_1, numLayers: 1, batchFirst: false, dropout: 0.1 });
const x_1 = torch.ones(3, 2, 3);
const [out_1, st_1] = m_1.forward(x_1, torch.ones(1, 2, 7));
const head_1 = new nn.Linear(8, 4);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, -1);

const byName_2 = new Map();
byName_2.set("enc", new nn.LSTM(7, 8));
byName_2.get("enc").forward(torch.randn(2, 2, 7));
