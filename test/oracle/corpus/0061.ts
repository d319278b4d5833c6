// oracle: seed 61, closed, raises at 20: input.size(-1) must be equal to input_size. Expected 6, got 7
const { torch, nn } = require("rnnlens");

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(7, 2));
byName_0.get("enc").forward(torch.randn(2, 2, 7));

const cell_1 = new nn.GRUCell(5, 7);
const xs_1 = torch.randn(2, 3, 5);
let h_1 = torch.zeros(3, 7);
let t_1 = 0;
while (t_1 < 2) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}

const layers_2 = [new nn.RNN(5, 7), new nn.RNN(6, 8), new nn.RNN(8, 6)];
let y_2 = torch.randn(4, 3, 5);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
