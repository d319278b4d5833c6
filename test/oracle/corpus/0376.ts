// oracle: seed 376, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(4, 5)];
let y_0 = torch.randn(5, 3, 4);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(5, 3).forward(y_0);

const cell_1 = new nn.GRUCell(2, 3);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 3);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(torch.randn(2, 2), h);
  }
}
