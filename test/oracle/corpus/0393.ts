// oracle: seed 393, closed, raises at 17: input.size(-1) must be equal to input_size. Expected 4, got 3
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(4, 3);
const cell_0 = new nn.GRUCell(4, 3);
const x_0 = torch.randn(4, 3, 8);
const deep_0 = new nn.GRU(4, 3, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(2, 3, 3));
} else {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(1, 3, 3));
}

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(4, 5));
byName_1.get("enc").forward(torch.randn(2, 2, 3));
