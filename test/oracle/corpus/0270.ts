// oracle: seed 270, closed, raises at 13: mat1 and mat2 shapes cannot be multiplied (6x2 and 3x3)
import rl from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new rl.nn.LSTM(2, 6));
byName_0.get("enc").forward(rl.torch.randn(2, 2, 2));

const layers_1 = [new rl.nn.GRU(6, 2)];
let y_1 = rl.torch.randn(2, 3, 6);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
const z_1 = new rl.nn.Linear(3, 3).forward(y_1);
