// oracle: seed 365, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 12, got 6
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(5, 6), new nn.GRU(12, 6), new nn.GRU(6, 7)];
let y_0 = torch.randn(4, 2, 5);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(7, 3).forward(y_0);

const cell_1 = new nn.LSTMCell(6, 6);
const xs_1 = torch.randn(1, 4, 6);
let h_1 = torch.zeros(4, 6);
let c_1 = torch.zeros(4, 6);
let t_1 = 0;
while (t_1 < 0) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}
