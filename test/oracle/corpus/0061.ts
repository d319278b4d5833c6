// oracle: seed 61, closed, raises at 18: mat1 and mat2 shapes cannot be multiplied (12x7 and 14x3)
const { torch, nn } = require("rnnlens");

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(7, 2));
byName_0.get("enc").forward(torch.randn(2, 2, 7));

let feats_1 = 3;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 9));

const layers_2 = [new nn.GRU(7, 4), new nn.GRU(4, 7)];
let y_2 = torch.randn(4, 3, 7);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
const z_2 = new nn.Linear(14, 3).forward(y_2);
