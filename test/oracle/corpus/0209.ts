// oracle: seed 209, closed, runs cleanly
import { torch, nn } from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(2, 4));
byName_0.get("enc").forward(torch.randn(2, 2, 2));

const rnn_1 = new nn.GRU(7, 3);
const cell_1 = new nn.GRUCell(7, 3);
const x_1 = torch.randn(4, 3, 7);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);

const layers_2 = [new nn.GRU(2, 4)];
let y_2 = torch.randn(2, 1, 2);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
