// oracle: seed 400, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(4, 6);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 6);
  for (let t = 0; t < 3; t++) {
    h = cell_0.forward(torch.randn(2, 4), h);
  }
}

const layers_1 = [new nn.RNN(8, 3), new nn.RNN(3, 2), new nn.RNN(2, 4)];
let y_1 = torch.randn(3, 2, 8);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
const z_1 = new nn.Linear(4, 3).forward(y_1);
