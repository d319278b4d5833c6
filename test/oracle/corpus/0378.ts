// oracle: seed 378, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(2, 4);
it("runs the layer", () => {
  m_0.forward(rnnlens.torch.randn(2, 3, 2));
});

const layers_1 = [new rnnlens.nn.RNN(5, 4), new rnnlens.nn.RNN(4, 3), new rnnlens.nn.RNN(3, 6)];
let y_1 = rnnlens.torch.randn(2, 2, 5);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
