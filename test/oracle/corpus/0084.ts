// oracle: seed 84, closed, raises at 12: input.size(-1) must be equal to input_size. Expected 6, got 7
import * as rl from "rnnlens";
const { torch, nn } = rl;

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(5, 7));
byName_0.get("enc").forward(torch.randn(2, 2, 5));

const layers_1 = [new nn.GRU(6, 4), new nn.GRU(4, 7), new nn.GRU(6, 8)];
let y_1 = torch.randn(4, 2, 6);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
