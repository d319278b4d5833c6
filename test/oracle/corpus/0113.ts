// oracle: seed 113, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(4, 5);
const cell_0 = new nn.GRUCell(4, 5);
const x_0 = torch.randn(3, 4);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const m_1 = new nn.GRU(7, 6);
it("runs the layer", () => {
  m_1.forward(torch.randn(2, 3, 7));
});

const layers_2 = [new nn.RNN(5, 3)];
let y_2 = torch.randn(5, 3, 5);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
