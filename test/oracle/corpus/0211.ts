// oracle: seed 211, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(3, 6), new rl.nn.GRU(6, 3)];
let y_0 = rl.torch.randn(2, 2, 3);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new rl.nn.Linear(3, 3).forward(y_0);

const byName_1 = new Map();
byName_1.set("enc", new rl.nn.LSTM(4, 6));
byName_1.get("enc").forward(rl.torch.randn(2, 2, 4));
